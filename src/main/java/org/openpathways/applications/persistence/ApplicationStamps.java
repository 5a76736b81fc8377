package org.openpathways.applications.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What identifies the current state of an application's row, read in one statement outside any transaction, so that
 * an answer built from an earlier state can be recognised as still current (ADR 0022).
 *
 * <p>The row's {@code xmin} is the transaction that last wrote it: it changes with every update of the row, whichever
 * columns change. Every change an applicant's status answer shows (status, clock, details, documents, steps and
 * information requests) updates the application's row in the transaction that makes it, so the stamp changes with
 * each of them.
 */
@Repository
public class ApplicationStamps {

    /**
     * @param applicant whose application it is
     * @param draft whether it is still a draft (whose answer depends on the day and the pathway's current terms)
     * @param version the row's version, incremented by every change through {@link ApplicationRecords#update}
     * @param writtenBy the transaction that last wrote the row
     */
    public record Stamp(UUID applicant, boolean draft, int version, long writtenBy) {}

    private final JdbcClient jdbc;

    ApplicationStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param reference a canonical reference number */
    public Optional<Stamp> of(String reference) {
        return jdbc.sql("select applicant_id, status, version, xmin::text::bigint as written_by from "
                        + ApplicationRecords.TABLE + " where reference = :reference")
                .param("reference", reference)
                .query((rs, row) -> new Stamp(
                        rs.getObject(1, UUID.class), "draft".equals(rs.getString(2)), rs.getInt(3), rs.getLong(4)))
                .optional();
    }
}
