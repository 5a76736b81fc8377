package org.openpathways.accounts.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.openpathways.accounts.domain.Account;
import org.openpathways.accounts.domain.AccountStatus;
import org.openpathways.accounts.domain.EmailAddress;
import org.openpathways.accounts.persistence.StoredAccounts;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs staff in through the organisation's identity provider (OpenID Connect). The provider vouches for a verified
 * e-mail address; the person must already hold an active account for an organisation with that address, created by
 * an administrator, and gets that account's roles. Applicants cannot sign in this way.
 */
@Component
class StaffOpenIdUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final StoredAccounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    StaffOpenIdUsers(StoredAccounts accounts, AuditTrail audit, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        return staffAccountFor(user.getEmail(), user.getEmailVerified())
                .map(account -> {
                    transactions.executeWithoutResult(status -> audit.record(AuditRecord.of(
                                    "accounts.signed-in", "account", account.id(), "sign-in")
                            .by("account:" + account.id())
                            .with("method", "openid-connect")
                            .with("provider", request.getClientRegistration().getRegistrationId())));
                    return (OidcUser) new StaffOidcUser(user, new SignedInAccount(account.id(), account.roles()));
                })
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied")));
    }

    /** The active organisational account with this verified address, if there is one. */
    Optional<Account> staffAccountFor(String email, Boolean emailVerified) {
        if (email == null || !Boolean.TRUE.equals(emailVerified)) {
            return Optional.empty();
        }
        return EmailAddress.parse(email)
                .flatMap(accounts::findByEmail)
                .filter(Account::organisational)
                .filter(account -> account.status() == AccountStatus.ACTIVE);
    }

    /** The provider's user, named by our account id and carrying our roles. */
    record StaffOidcUser(OidcUser provider, SignedInAccount account) implements OidcUser {

        @Override
        public Map<String, Object> getClaims() {
            return provider.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return provider.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return provider.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return provider.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return account.authorities();
        }

        @Override
        public String getName() {
            return account.getName();
        }
    }
}
