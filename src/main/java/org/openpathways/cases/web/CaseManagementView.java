package org.openpathways.cases.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.StaffMember;
import org.openpathways.cases.ApprovalEntry;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseApprovals;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.CaseNote;
import org.openpathways.cases.CaseNotes;
import org.openpathways.cases.CaseOwnership;
import org.openpathways.cases.CaseTasks;
import org.openpathways.cases.CaseTransfer;
import org.openpathways.cases.CaseTransfers;
import org.openpathways.cases.Cases;
import org.openpathways.cases.OwnershipStep;
import org.openpathways.cases.TransferService;
import org.openpathways.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * What the case-management part of a case page shows to an actor: assignment and its history, tasks, approvals, the
 * notes they may read, transfers, and the forms they may use. Names of colleagues and organisations are looked up once.
 */
@Component
class CaseManagementView {

    private final CaseOwnership ownership;
    private final CaseTasks tasks;
    private final CaseApprovals approvals;
    private final CaseNotes notes;
    private final CaseTransfers transfers;
    private final Organisations organisations;
    private final Dates dates;

    CaseManagementView(
            CaseOwnership ownership,
            CaseTasks tasks,
            CaseApprovals approvals,
            CaseNotes notes,
            CaseTransfers transfers,
            Organisations organisations,
            Dates dates) {
        this.ownership = ownership;
        this.tasks = tasks;
        this.approvals = approvals;
        this.notes = notes;
        this.transfers = transfers;
        this.organisations = organisations;
        this.dates = dates;
    }

    Map<String, Object> values(CaseActor actor, CaseFile file, CaseManagementForm form, Map<String, String> errors) {
        List<StaffMember> staff = organisations.staffOf(file.organisationId()).stream()
                .filter(member -> member.roles().stream().anyMatch(CaseActor.CASE_STAFF::contains))
                .toList();
        List<OwnershipStep> history = ownership.history(actor, file.id());
        List<ApprovalEntry> entries = approvals.history(actor, file.id());
        List<CaseTransfer> moves = transfers.ofCase(actor, file.id());
        List<CaseNote> readable = notes.read(actor, file.id(), Cases.CASE_WORK);
        Set<UUID> decided = entries.stream()
                .filter(entry -> entry.kind() != ApprovalEntry.Kind.REQUESTED)
                .map(ApprovalEntry::requestId)
                .collect(Collectors.toSet());
        boolean steers = actor.has(Role.SUPERVISOR) && actor.memberOf(file.organisationId())
                || file.child() && actor.has(Role.CHILD_PROTECTION);
        Map<String, Object> values = new HashMap<>();
        values.put("caseId", file.id());
        values.put("version", file.version());
        values.put("assignedTo", file.assignedTo());
        values.put("history", history);
        values.put("tasks", tasks.ofCase(actor, file.id()));
        values.put("approvals", entries);
        values.put("decided", decided);
        values.put("notes", readable);
        values.put("transfers", moves);
        values.put("staff", staff);
        values.put("names", names(staff));
        values.put("organisationNames", organisationNames(file, history, moves));
        values.put("steers", steers);
        values.put("decides", actor.has(Role.SUPERVISOR) && actor.memberOf(file.organisationId()));
        values.put("me", actor.account());
        values.put("destinations", steers ? destinations(file) : List.of());
        values.put("services", TransferService.values());
        values.put("sensitivities", CaseNote.Sensitivity.values());
        values.put("form", form);
        values.put("errors", errors);
        values.put("dates", dates);
        return values;
    }

    private List<Organisation> destinations(CaseFile file) {
        return transfers.destinations().stream()
                .filter(organisation -> !organisation.id().equals(file.organisationId()))
                .toList();
    }

    private static Map<UUID, String> names(List<StaffMember> staff) {
        Map<UUID, String> names = new HashMap<>();
        staff.forEach(member -> names.put(member.account(), String.valueOf(member.displayName())));
        return names;
    }

    private Map<UUID, String> organisationNames(CaseFile file, List<OwnershipStep> history, List<CaseTransfer> moves) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Stream.concat(
                        Stream.of(file.organisationId()),
                        Stream.concat(
                                history.stream().map(OwnershipStep::organisationId),
                                moves.stream()
                                        .flatMap(move -> Stream.of(move.fromOrganisation(), move.toOrganisation()))))
                .distinct()
                .forEach(id -> organisations.find(id).ifPresent(found -> names.put(id, found.name())));
        return names;
    }
}
