package org.openpathways.permits;

import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.platform.i18n.Language;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Real accounts to hold permits, so that the notices sent to holders reach someone. */
public final class TestHolders {

    private TestHolders() {}

    public record Holder(UUID id, String email) {}

    /** Creates the account as an administrator would (the organisations' API is for administrators). */
    public static Holder aHolder(Organisations organisations, Language language) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(
                new TestingAuthenticationToken(UUID.randomUUID().toString(), null, "ROLE_ADMIN"));
        try {
            return create(organisations, language);
        } finally {
            context.setAuthentication(before);
        }
    }

    private static Holder create(Organisations organisations, Language language) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var organisation = organisations.create("Holders " + suffix, OrganisationKind.EMPLOYER);
        String email = "holder-" + suffix + "@example.org";
        var member =
                organisations.addMember(organisation.id(), email, "Holder " + suffix, Set.of(Role.EMPLOYER), language);
        return new Holder(member.id(), email);
    }
}
