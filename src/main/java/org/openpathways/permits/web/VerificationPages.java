package org.openpathways.permits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpathways.permits.PermitNumber;
import org.openpathways.permits.PermitTypes;
import org.openpathways.permits.PermitVerification;
import org.openpathways.permits.Permits;
import org.openpathways.platform.web.Dates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public verification: a form asking for the number, and the result page the QR code on a permit links to. A number
 * with a typing mistake is caught by its check character and the form says so; an unknown number and a malformed one
 * in the address get the same "not found" page.
 */
@Controller
class VerificationPages {

    static final String PATH = "/permits/verify";

    private final Permits permits;
    private final PermitTypes types;
    private final Dates dates;

    VerificationPages(Permits permits, PermitTypes types, Dates dates) {
        this.permits = permits;
        this.types = types;
        this.dates = dates;
    }

    @GetMapping(PATH)
    String form(
            @RequestParam(name = "number", required = false) @Nullable String number,
            Model model,
            HttpServletResponse response) {
        if (number == null) {
            return "permits/verify";
        }
        Optional<PermitNumber> parsed = PermitNumber.parse(number);
        if (parsed.isPresent()) {
            return "redirect:" + PATH + "/" + parsed.get().value();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("numberInvalid", true);
        model.addAttribute("typed", number.length() > 40 ? number.substring(0, 40) : number);
        return "permits/verify";
    }

    @GetMapping(PATH + "/{number}")
    String result(@PathVariable String number, Model model, Locale locale, HttpServletResponse response) {
        Optional<PermitVerification> found = permits.verify(number);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "permits/verification-not-found";
        }
        PermitVerification permit = found.get();
        model.addAttribute("number", permit.number().grouped());
        model.addAttribute("statusKey", PermitPage.statusKey(permit.status()));
        model.addAttribute("statusTag", PermitPage.statusTag(permit.status()));
        model.addAttribute("typeName", types.name(permit.pathwayCode(), Readers.language(locale)));
        model.addAttribute("holderName", permit.holderName());
        model.addAttribute("validFrom", dates.date(permit.validFrom()));
        model.addAttribute("validUntil", dates.date(permit.validUntil()));
        model.addAttribute("conditions", PermitPage.conditions(permit.conditions()));
        return "permits/verification";
    }
}
