package org.openpathways.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.openpathways.accounts.Accounts;
import org.openpathways.accounts.OwnAccount;
import org.openpathways.accounts.Registration;
import org.openpathways.platform.api.Idempotent;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.platform.i18n.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "Registering as an applicant and managing your own account")
class AccountsApi {

    private final Accounts accounts;

    AccountsApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/accounts")
    @Idempotent
    @Operation(
            summary = "Register as an applicant",
            description = "Sends an e-mail with a link to confirm the address. The answer is the same whether or not"
                    + " the address already has an account.")
    @ApiResponse(responseCode = "202", description = "Registration accepted; confirm the address from the e-mail")
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegistrationForm body, Locale locale) {
        accounts.register(
                new Registration(body.getEmail(), body.getPassword(), body.getDisplayName(), Language.of(locale)));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "confirmation-email-sent"));
    }

    @GetMapping("/api/v1/account")
    @Operation(summary = "Your own account", description = "Its ETag is the version to send back in If-Match.")
    ResponseEntity<OwnAccount> own(Principal principal) {
        OwnAccount account = accounts.ownAccount(AccountPages.id(principal));
        return ResponseEntity.ok().eTag(Integer.toString(account.version())).body(account);
    }

    @PatchMapping("/api/v1/account")
    @Operation(summary = "Change your name or language", description = "Requires If-Match with the account's ETag.")
    @ApiResponse(responseCode = "412", description = "The account changed since you read it")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    ResponseEntity<OwnAccount> update(
            @Parameter(description = "The ETag of the account as last read")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @Valid @RequestBody PreferencesForm body,
            Principal principal) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required");
        }
        int expected;
        try {
            expected =
                    Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "version-mismatch");
        }
        OwnAccount current = accounts.ownAccount(AccountPages.id(principal));
        if (current.version() != expected) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "version-mismatch");
        }
        Language language = Language.ofCode(body.getLanguage()).orElseThrow();
        OwnAccount updated =
                accounts.updatePreferences(AccountPages.id(principal), expected, body.getDisplayName(), language);
        return ResponseEntity.ok().eTag(Integer.toString(updated.version())).body(updated);
    }
}
