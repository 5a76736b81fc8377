package org.openpathways.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organisations and staff members for case tests, written straight to the account tables (these tests need members
 * with an organisation, not sign-in), and typical new cases.
 */
public final class CaseFixtures {

    private final JdbcClient jdbc;

    public CaseFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new organisation. */
    public UUID anOrganisation() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into accounts_organisation (id, name, kind, created_at) values (?, ?, 'CONSULATE', now())")
                .params(id, "Organisation " + id)
                .update();
        return id;
    }

    /** A member of the organisation holding the role. */
    public Member aMember(UUID organisation, Role role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts_account (id, email_index, email, display_name, status, organisation_id,
                            preferred_language, created_at)
                        values (?, ?, 'not-used', 'not-used', 'ACTIVE', ?, 'en', now())
                        """).params(id, "index-" + id, organisation).update();
        jdbc.sql("insert into accounts_account_role (account_id, role) values (?, ?)")
                .params(id, role.name())
                .update();
        return new Member(id, organisation, role);
    }

    /** A 15-year-old met at the border who travels alone. */
    public static NewCase aTeenagerAtTheBorder() {
        return new NewCase(
                "Samir Haddad",
                LocalDate.now().minusYears(15),
                "male",
                "syr",
                List.of("ar"),
                "+963 11 555 0101",
                ContactPoint.BORDER,
                "Northern border post",
                LocalDate.now(),
                null);
    }

    public static NewCase anAdultAtTheConsulate() {
        return new NewCase(
                "Grace Achieng",
                LocalDate.of(1990, 4, 2),
                "female",
                "KEN",
                List.of("sw", "en"),
                null,
                ContactPoint.CONSULATE,
                "Consulate General, visa hall",
                LocalDate.now(),
                null);
    }

    public static String json(NewCase typed) {
        return """
                {"fullName": "%s", "claimedBirthDate": "%s", "sex": "%s", "nationality": "%s", "languages": ["ar"],
                 "contactPoint": "%s", "place": "%s", "contactDate": "%s"}""".formatted(
                        typed.fullName(),
                        typed.claimedBirthDate(),
                        typed.sex(),
                        typed.nationality(),
                        typed.contactPoint(),
                        typed.place(),
                        typed.contactDate());
    }

    /** A staff member of an organisation with one role. */
    public record Member(UUID account, UUID organisation, Role role) {

        public CaseActor actor() {
            return new CaseActor(account, organisation, Set.of(role));
        }

        public RequestPostProcessor user() {
            return SecurityMockMvcRequestPostProcessors.user(account.toString()).roles(role.name());
        }
    }
}
