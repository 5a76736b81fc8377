package org.openpathways.cases.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: cases opened and not yet screened, one at the consulate (for the consular officer to screen) and one met
 * through an application at the migration authority. Through the same service as real use, so audited. Loaded once:
 * nothing is added when the consular officer's organisation already has cases. Screened cases come from the screening
 * module's demo.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoCases implements ApplicationRunner {

    private final Cases cases;
    private final DemoPeople people;
    private final Organisations organisations;
    private final TransactionTemplate transactions;

    DemoCases(Cases cases, DemoPeople people, Organisations organisations, TransactionTemplate transactions) {
        this.cases = cases;
        this.people = people;
        this.organisations = organisations;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transactions.executeWithoutResult(status -> load());
    }

    private void load() {
        UUID consular = people.consular().orElse(null);
        UUID caseworker = people.caseworker().orElse(null);
        if (consular == null || caseworker == null) {
            return;
        }
        CaseActor consulate = actor(consular, Role.CONSULAR);
        if (!cases.list(consulate).isEmpty()) {
            return;
        }
        cases.open(
                consulate,
                new NewCase(
                        "Bilal Rahimi",
                        LocalDate.of(1996, 2, 11),
                        "male",
                        "AFG",
                        List.of("fa", "ps"),
                        "+93 70 555 0144",
                        ContactPoint.CONSULATE,
                        "Consulate General, visa section",
                        LocalDate.now(),
                        null));
        cases.open(
                actor(caseworker, Role.CASEWORKER),
                new NewCase(
                        "Esther Nyambura",
                        LocalDate.of(1988, 7, 30),
                        "female",
                        "KEN",
                        List.of("sw", "en"),
                        null,
                        ContactPoint.APPLICATION,
                        "Migration Authority, central office",
                        LocalDate.now().minusDays(2),
                        null));
    }

    private CaseActor actor(UUID account, Role role) {
        return new CaseActor(account, organisations.organisationOf(account).orElse(null), Set.of(role));
    }
}
