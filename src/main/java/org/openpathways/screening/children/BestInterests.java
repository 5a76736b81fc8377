package org.openpathways.screening.children;

import static org.openpathways.screening.children.Children.MAX_TEXT;
import static org.openpathways.screening.children.Children.PURPOSE;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Organisations;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.StaffMember;
import org.openpathways.cases.CaseActor;
import org.openpathways.cases.CaseFile;
import org.openpathways.cases.Cases;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.screening.ScreeningProperties;
import org.openpathways.shared.audit.AuditRecord;
import org.openpathways.shared.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Best interests of a child (UNHCR Best Interests Procedure): the assessment, which names the situations found, and the
 * determination by a panel of at least the configured number of distinct members, each member's view recorded, which
 * the configuration requires in named situations. Child-protection staff only, on a child's case; a refusal is 403 and
 * audited as {@link Children} does.
 *
 * <p>Panel members are active staff who work on cases ({@link CaseActor#CASE_STAFF}): child-protection staff of any
 * organisation (they see every child's case) and case staff of the organisation that owns the case. A service
 * provider's staff, an applicant or anyone else cannot sit on a panel.
 */
@Service
public class BestInterests {

    private final Children children;
    private final ChildRecords records;
    private final Cases cases;
    private final Organisations organisations;
    private final ScreeningProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    BestInterests(
            Children children,
            ChildRecords records,
            Cases cases,
            Organisations organisations,
            ScreeningProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.records = records;
        this.cases = cases;
        this.organisations = organisations;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a best-interests assessment and the situations it finds. Child protection only. */
    @Transactional
    public ChildFile recordAssessment(CaseActor actor, UUID caseId, ChildInputs.Assessment input) {
        children.requireChildProtection(actor, caseId, "best-interests-assessment");
        children.requireChild(caseId);
        List<String> wrong = new ArrayList<>();
        List<String> situations = input.situations() == null ? List.of() : input.situations();
        if (situations.size() > 10
                || !ScreeningProperties.SITUATIONS.containsAll(situations)
                || situations.stream().distinct().count() != situations.size()) {
            wrong.add("situations");
        }
        BestInterestsForm form = input.form();
        if (form == null) {
            wrong.add("recommendation");
        } else {
            List<@Nullable String> values = form.values();
            for (int i = 0; i < values.size(); i++) {
                String field = BestInterestsForm.FIELDS.get(i);
                if (field.equals("recommendation")) {
                    ChildTexts.required(values.get(i), MAX_TEXT, field, wrong);
                } else {
                    ChildTexts.optional(values.get(i), MAX_TEXT, field, wrong);
                }
            }
        }
        ChildTexts.refuse(wrong);
        records.insert(
                caseId,
                new ChildFile.Assessment(
                        UUID.randomUUID(),
                        List.copyOf(situations),
                        ChildTexts.stripped(form),
                        actor.account(),
                        clock.instant()));
        audit.record(AuditRecord.of("screening.best-interests-assessed", "case", caseId, PURPOSE)
                .with("situations", String.join(",", situations)));
        return children.file(actor, caseId);
    }

    /**
     * Records a best-interests determination by a panel of at least the configured number of distinct members, each
     * with their view. Child protection only.
     *
     * @throws ProblemException 422 {@code screening.panel-too-small} when fewer distinct members gave a view; 422
     *     {@code screening.child-invalid} naming {@code panel} when a member is not one who may sit on the panel
     *     ({@link #panelCandidates}), is given twice or has no view, and naming other fields
     */
    @Transactional
    public ChildFile recordDetermination(CaseActor actor, UUID caseId, ChildInputs.Determination input) {
        children.requireChildProtection(actor, caseId, "best-interests-determination");
        children.requireChild(caseId);
        UUID owner = cases.find(actor, caseId, PURPOSE).organisationId();
        List<String> wrong = new ArrayList<>();
        if (input.situation() == null || !ScreeningProperties.SITUATIONS.contains(input.situation())) {
            wrong.add("situation");
        }
        String decision = ChildTexts.required(input.decision(), MAX_TEXT, "decision", wrong);
        List<ChildFile.PanelView> panel = new ArrayList<>();
        Set<UUID> members = new LinkedHashSet<>();
        List<ChildInputs.PanelMember> given = input.panel() == null ? List.of() : input.panel();
        if (given.size() > 20) {
            wrong.add("panel");
        }
        for (ChildInputs.PanelMember member : given.stream().limit(20).toList()) {
            UUID account = ChildTexts.uuid(member.member());
            List<String> viewWrong = new ArrayList<>();
            String view = ChildTexts.required(member.view(), MAX_TEXT, "panel", viewWrong);
            if (account == null || !viewWrong.isEmpty() || !mayJoinPanel(account, owner) || !members.add(account)) {
                if (!wrong.contains("panel")) {
                    wrong.add("panel");
                }
                continue;
            }
            panel.add(new ChildFile.PanelView(account, null, view));
        }
        ChildTexts.refuse(wrong);
        if (members.size() < properties.panelSize()) {
            throw ProblemException.unprocessable("screening.panel-too-small", properties.panelSize())
                    .with("field", "panel")
                    .with("fields", List.of("panel"));
        }
        var determination = new ChildFile.Determination(
                UUID.randomUUID(), input.situation(), decision, panel, actor.account(), clock.instant());
        records.insert(caseId, determination);
        audit.record(AuditRecord.of("screening.best-interests-determined", "case", caseId, PURPOSE)
                .with("situation", input.situation())
                .with("panel-size", Integer.toString(panel.size())));
        return children.file(actor, caseId);
    }

    /**
     * Who may sit on a determination panel for the case, by name, the actor first: child-protection staff of any
     * organisation and case staff of the case's organisation. Empty for anyone but child-protection staff, who alone
     * record determinations. Staff names are colleagues' names, not the person's: reading them is not audited.
     *
     * @param file the case, as {@link Cases#find} gave it to the actor
     */
    @Transactional(readOnly = true)
    public List<PanelCandidate> panelCandidates(CaseActor actor, CaseFile file) {
        if (!actor.has(Role.CHILD_PROTECTION)) {
            return List.of();
        }
        Map<UUID, PanelCandidate> candidates = new LinkedHashMap<>();
        Stream.concat(
                        organisations.staffWithRole(Role.CHILD_PROTECTION).stream(),
                        organisations.staffOf(file.organisationId()).stream())
                .filter(member -> member.displayName() != null && mayJoinPanel(member, file.organisationId()))
                .forEach(member -> candidates.putIfAbsent(
                        member.account(), new PanelCandidate(member.account(), StaffNames.name(member))));
        return candidates.values().stream()
                .sorted(Comparator.comparing((PanelCandidate candidate) ->
                                !candidate.account().equals(actor.account()))
                        .thenComparing(PanelCandidate::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PanelCandidate::account))
                .toList();
    }

    private boolean mayJoinPanel(UUID account, UUID owner) {
        return organisations
                .staffMember(account)
                .map(member -> mayJoinPanel(member, owner))
                .orElse(false);
    }

    static boolean mayJoinPanel(StaffMember member, UUID owner) {
        return member.has(Role.CHILD_PROTECTION)
                || member.organisationId().equals(owner)
                        && member.roles().stream().anyMatch(CaseActor.CASE_STAFF::contains);
    }
}
