package org.openpathways.cases;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpathways.accounts.Role;
import org.openpathways.accounts.StaffMember;
import org.openpathways.cases.persistence.CaseRecords;
import org.openpathways.platform.api.ProblemException;
import org.openpathways.shared.text.PlainTextValidator;

/** Who may steer a case, and the checks on the short texts of case management. */
final class CaseRules {

    private CaseRules() {}

    /**
     * Whether the actor may assign, transfer or decide on the case: a supervisor of the owning organisation, or
     * child-protection staff when it is a child's case.
     */
    static boolean steers(CaseActor actor, CaseRecords.Access access) {
        return actor.has(Role.SUPERVISOR) && actor.memberOf(access.organisationId())
                || access.child() && actor.has(Role.CHILD_PROTECTION);
    }

    /** Whether the member may be put in charge of work on a case owned by this organisation. */
    static boolean mayWorkOn(StaffMember member, java.util.UUID organisation) {
        return member.organisationId().equals(organisation)
                && member.roles().stream().anyMatch(CaseActor.CASE_STAFF::contains);
    }

    /**
     * A text stripped and checked: required or not, at most {@code max} characters, no markup or control characters
     * (line breaks allowed when {@code lines}). Adds {@code field} to {@code wrong} when it cannot be accepted.
     */
    static @Nullable String text(
            @Nullable String value, int max, boolean required, boolean lines, String field, List<String> wrong) {
        String stripped = value == null ? "" : value.replace("\r\n", "\n").strip();
        String checked = lines ? stripped.replace('\n', ' ') : stripped;
        if (stripped.isEmpty() && required
                || PlainTextValidator.problem(checked, max).isPresent()) {
            wrong.add(field);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Refuses with 422 {@code type} naming the fields in error, when there are any. */
    static void refuseIfAny(List<String> wrong, String type) {
        if (!wrong.isEmpty()) {
            throw ProblemException.unprocessable(type)
                    .with("field", wrong.get(0))
                    .with("fields", List.copyOf(wrong));
        }
    }

    static List<String> errors() {
        return new ArrayList<>();
    }
}
