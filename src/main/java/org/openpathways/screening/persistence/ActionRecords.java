package org.openpathways.screening.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openpathways.screening.RequiredAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The required actions raised on a case outside a screening's result, one per case and action code. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ActionRecords {

    static final String TABLE = "screening_required_action";

    private final JdbcClient jdbc;

    ActionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the action on the case; true when the case did not have it already. */
    public boolean raise(UUID caseId, RequiredAction action, Instant raisedAt, String reason) {
        return jdbc.sql("insert into " + TABLE + " (case_id, code, need, due_at, raised_at, reason)"
                                + " values (?, ?, ?, ?, ?, ?) on conflict (case_id, code) do nothing")
                        .params(
                                caseId,
                                action.code(),
                                action.need(),
                                OffsetDateTime.ofInstant(action.dueAt(), ZoneOffset.UTC),
                                OffsetDateTime.ofInstant(raisedAt, ZoneOffset.UTC),
                                reason)
                        .update()
                == 1;
    }

    /** The actions raised on each of the cases, earliest due first. */
    public Map<UUID, List<RequiredAction>> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from " + TABLE + " where case_id = any(?) order by due_at, code")
                .param(caseIds.toArray(new UUID[0]))
                .query((rs, n) -> Map.entry(
                        rs.getObject("case_id", UUID.class),
                        new RequiredAction(
                                rs.getString("code"),
                                rs.getString("need"),
                                rs.getObject("due_at", OffsetDateTime.class).toInstant())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
