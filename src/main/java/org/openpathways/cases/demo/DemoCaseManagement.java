package org.openpathways.cases.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openpathways.accounts.DemoPeople;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.cases.ApprovalEntry;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseNote;
import org.openpathways.cases.CaseNotes;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.Cases;
import org.openpathways.cases.ContactPoint;
import org.openpathways.cases.NewCase;
import org.openpathways.cases.NewTask;
import org.openpathways.cases.TransferService;
import org.openpathways.cases.persistence.TaskRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo case management for the Migration Authority's caseworker and supervisor: an assigned case with open, overdue and
 * done tasks, a pending and a decided approval, a normal and a restricted note; a child's case transferred to the
 * Child Protection Service and accepted there; and a transfer to the Consulate General still awaiting an answer.
 * Loaded once: nothing is added when the caseworker already has tasks.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("openpathways.demo.enabled")
class DemoCaseManagement implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseManagement.class);

    private final DemoPeople people;
    private final Organisations organisations;
    private final Cases cases;
    private final CaseTasks tasks;
    private final TaskRecords taskRecords;
    private final CaseApprovals approvals;
    private final CaseNotes notes;
    private final CaseTransfers transfers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCaseManagement(
            DemoPeople people,
            Organisations organisations,
            Cases cases,
            CaseTasks tasks,
            TaskRecords taskRecords,
            CaseApprovals approvals,
            CaseNotes notes,
            CaseTransfers transfers,
            TransactionTemplate transactions,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.cases = cases;
        this.tasks = tasks;
        this.taskRecords = taskRecords;
        this.approvals = approvals;
        this.notes = notes;
        this.transfers = transfers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            transactions.executeWithoutResult(status -> load());
        } catch (RuntimeException failed) {
            // The platform still starts: a demonstration without case management is better than none.
            LOG.warn(
                    "Demo case management could not be loaded: {}",
                    failed.getClass().getSimpleName());
        }
    }

    private void load() {
        Optional<CaseActor> caseworker = actor(people.caseworker(), Role.CASEWORKER);
        Optional<CaseActor> supervisor = actor(people.supervisor(), Role.SUPERVISOR);
        Optional<CaseActor> childProtection =
                actor(people.childProtection().stream().findFirst(), Role.CHILD_PROTECTION);
        if (caseworker.isPresent() && supervisor.isPresent() && childProtection.isPresent()) {
            load(caseworker.get(), supervisor.get(), childProtection.get());
        }
    }

    /** The demo cases for these three people, unless the caseworker already has tasks. */
    void load(CaseActor officer, CaseActor checker, CaseActor childProtection) {
        Optional<Organisation> consulate = organisations.ofKinds(Set.of(OrganisationKind.CONSULATE)).stream()
                .filter(organisation -> !officer.memberOf(organisation.id()))
                .findFirst();
        if (consulate.isEmpty() || !tasks.mine(officer).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);

        CaseFile adult = cases.open(officer, person("Yusuf Omar", LocalDate.of(1988, 7, 3), "male", "SOM", "so"));
        adult = cases.assign(
                checker, adult.id(), officer.account(), "On duty at the reception centre", adult.version());
        tasks.create(
                officer, adult.id(), new NewTask("Book an interpreter for the interview", today.plusDays(3), null));
        taskRecords.insert(
                UUID.randomUUID(),
                adult.id(),
                "Call the shelter about a bed",
                today.minusDays(2),
                officer.account(),
                officer.account(),
                clock.instant());
        var done = tasks.create(officer, adult.id(), new NewTask("Copy the travel document", today, null));
        tasks.complete(officer, adult.id(), done.id(), done.version());
        approvals.request(officer, adult.id(), "Emergency accommodation for three nights", "No shelter bed tonight.");
        ApprovalEntry fees = approvals.request(officer, adult.id(), "Interpreter fees for two sessions", null);
        approvals.decide(checker, adult.id(), fees.requestId(), true, "Approved within the monthly budget.");
        notes.write(officer, adult.id(), CaseNote.Sensitivity.NORMAL, "Arrived tired; asked for water and a charger.");
        notes.write(
                officer,
                adult.id(),
                CaseNote.Sensitivity.RESTRICTED,
                "Speaks of threats by the smuggler; do not share where he stays with anyone outside the team.");

        CaseFile child = cases.open(officer, person("Leila Ahmadi", today.minusYears(15), "female", "AFG", "fa"));
        cases.markChild(child.id(), true);
        CaseTransfer toChildProtection = transfers.request(
                checker,
                child.id(),
                childProtection.organisationId(),
                TransferService.CHILD_PROTECTION,
                "Unaccompanied girl of fifteen; child protection to lead");
        transfers.decide(childProtection, child.id(), toChildProtection.id(), true, null, null);

        CaseFile returning = cases.open(officer, person("Ana Lima", LocalDate.of(1979, 11, 20), "female", "BRA", "pt"));
        transfers.request(
                checker,
                returning.id(),
                consulate.get().id(),
                TransferService.CASE_MANAGEMENT,
                "Asks for consular help to return home");
    }

    private Optional<CaseActor> actor(Optional<UUID> account, Role role) {
        return account.flatMap(id ->
                organisations.staffMember(id).map(member -> new CaseActor(id, member.organisationId(), Set.of(role))));
    }

    private NewCase person(String name, LocalDate birth, String sex, String nationality, String language) {
        return new NewCase(
                name,
                birth,
                sex,
                nationality,
                List.of(language),
                null,
                ContactPoint.BORDER,
                "Southern border post",
                LocalDate.now(clock),
                null);
    }
}
