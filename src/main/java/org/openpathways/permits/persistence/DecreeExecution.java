package org.openpathways.permits.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openpathways.permits.DecreeExtension;
import org.openpathways.permits.DecreeSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements behind extension decrees: one counts what a decree would extend, one extends it. No permit
 * is ever loaded into the heap; PostgreSQL does the whole work in one statement, so a decree over a million permits
 * costs one pass over the index on type and end date plus the writes, whatever the heap size.
 *
 * <p>{@link #EXECUTE} is public so that a benchmark can run it beside hand-written SQL that does the same update and
 * history insert. Its shape:
 *
 * <ol>
 *   <li>{@code selected} locks the matching rows ({@code for update}) and keeps their current end;
 *   <li>{@code extended} moves their end, bumps their version and returns old and new end;
 *   <li>the outer {@code insert} writes one {@code extended} history row per permit with the decree's reference.
 * </ol>
 *
 * <p>The selection leaves out permits already extended under the same reference, so running it again extends nothing
 * (the unique index {@code permits_permit_history_once} guards the same rule), and permits whose end would not move
 * later, so a decree never shortens a permit. Arrays are passed as text literals ({@code {a,b}}); their elements are
 * codes checked beforehand (lower-case pathway codes, upper-case country codes), never free text.
 */
@Repository
public class DecreeExecution {

    /** The end a permit {@code p} gets: the decree's date, or its own end plus the duration. */
    static final String NEW_END = "coalesce(cast(:newUntil as date),"
            + " cast(p.valid_until + make_interval(months => :months, days => :days) as date))";

    /** The permits a decree extends, as a condition on {@code permits_permit p}. */
    static final String SELECTION = """
            p.pathway_code = any(cast(:types as text[]))
            and p.valid_until between :from and :to
            and p.revoked_at is null
            and (cardinality(cast(:nationalities as text[])) = 0
                 or p.holder_nationality = any(cast(:nationalities as text[])))
            and (cast(:fact as text) is null
                 or exists (select 1 from permits_permit_fact f where f.permit_id = p.id and f.fact = cast(:fact as text)))
            and not exists (select 1 from permits_permit_history h
                            where h.permit_id = p.id and h.change = 'extended' and h.reference = :reference)
            and %s > p.valid_until
            """.formatted(NEW_END);

    public static final String EXECUTE = """
            with selected as (
                select p.id, p.valid_until from permits_permit p
                where %s
                for update of p
            ),
            extended as (
                update permits_permit p
                set valid_until = %s, updated_at = :at, version = p.version + 1
                from selected s
                where p.id = s.id
                returning p.id, s.valid_until as valid_until_before, p.valid_until as valid_until_after
            )
            insert into permits_permit_history (permit_id, change, valid_until_before, valid_until_after, reference,
                actor, happened_at)
            select id, 'extended', valid_until_before, valid_until_after, :reference, :actor, :at from extended
            """.formatted(SELECTION, NEW_END);

    static final String COUNT = """
            select p.pathway_code, p.holder_nationality, count(*) from permits_permit p
            where %s
            group by p.pathway_code, p.holder_nationality
            """.formatted(SELECTION);

    private final JdbcClient jdbc;

    DecreeExecution(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many permits the decree would extend now, by type and by nationality as stored. */
    public List<Count> count(
            DecreeSelection selection,
            Collection<String> storedNationalities,
            DecreeExtension extension,
            String reference) {
        return bind(jdbc.sql(COUNT), selection, storedNationalities, extension, reference)
                .query((rs, row) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * Extends every permit the decree selects, in the caller's transaction.
     *
     * @param storedNationalities every form in which the selected nationalities may be stored (alpha-2 and alpha-3)
     * @return how many permits were extended (as many history rows were written)
     */
    public int execute(
            DecreeSelection selection,
            Collection<String> storedNationalities,
            DecreeExtension extension,
            String reference,
            String actor,
            Instant at) {
        return bind(jdbc.sql(EXECUTE), selection, storedNationalities, extension, reference)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement,
            DecreeSelection selection,
            Collection<String> storedNationalities,
            DecreeExtension extension,
            String reference) {
        return statement
                .param("types", arrayLiteral(selection.permitTypes()))
                .param("from", selection.expiringFrom())
                .param("to", selection.expiringTo())
                .param("nationalities", arrayLiteral(storedNationalities))
                .param("fact", selection.requiredFact())
                .param("reference", reference)
                .param("newUntil", extension.newValidUntil())
                .param("months", extension.months())
                .param("days", extension.days());
    }

    static String arrayLiteral(Collection<String> codes) {
        for (String code : codes) {
            if (!code.matches("[A-Za-z0-9-]+")) {
                throw new IllegalArgumentException("Not a code");
            }
        }
        return "{" + String.join(",", new ArrayList<>(codes)) + "}";
    }

    /** How many selected permits have this type and stored nationality. */
    public record Count(String permitType, String nationality, long permits) {}
}
