package org.openpathways.pathways.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.PathwayStatus;
import org.openpathways.pathways.domain.Pathway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The pathway rows: identity, status and which versions are the latest and the published one. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PathwayStore {

    private final JdbcClient jdbc;

    PathwayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pathway with this code, created if it does not exist yet, locked until the transaction ends so that two
     * changes to one pathway (from two instances, say) happen one after the other.
     */
    public Pathway lockOrCreate(String code, Instant now) {
        Pathway created = Pathway.created(UUID.randomUUID(), code);
        jdbc.sql("""
                        insert into pathways_pathway (id, code, status, latest_version, created_at, changed_at)
                        values (:id, :code, :status, 0, :now, :now)
                        on conflict (code) do nothing
                        """)
                .param("id", created.id())
                .param("code", code)
                .param("status", created.status().code())
                .param("now", at(now))
                .update();
        return lock(code).orElseThrow();
    }

    /** The pathway with this code, locked until the transaction ends. */
    public Optional<Pathway> lock(String code) {
        return select(code, " for update");
    }

    public Optional<Pathway> find(String code) {
        return select(code, "");
    }

    private Optional<Pathway> select(String code, String lock) {
        return jdbc.sql("select id, code, status, latest_version, published_version from pathways_pathway"
                        + " where code = :code" + lock)
                .param("code", code)
                .query((rs, row) -> new Pathway(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        PathwayStatus.ofCode(rs.getString("status")),
                        rs.getInt("latest_version"),
                        rs.getObject("published_version", Integer.class)))
                .optional();
    }

    public void update(Pathway pathway, Instant now) {
        jdbc.sql("""
                        update pathways_pathway
                        set status = :status, latest_version = :latest, published_version = :published,
                            changed_at = :now
                        where id = :id
                        """)
                .param("status", pathway.status().code())
                .param("latest", pathway.latestVersion())
                .param("published", pathway.publishedVersion(), Types.INTEGER)
                .param("now", at(now))
                .param("id", pathway.id())
                .update();
    }

    public @Nullable String fingerprintOfLatest(Pathway pathway) {
        return jdbc.sql("select content_hash from pathways_version where pathway_id = :id and version = :version")
                .param("id", pathway.id())
                .param("version", pathway.latestVersion())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public void markPublished(Pathway pathway, Instant now) {
        jdbc.sql("""
                        update pathways_version set published_at = :now
                        where pathway_id = :id and version = :version and published_at is null
                        """)
                .param("now", at(now))
                .param("id", pathway.id())
                .param("version", pathway.latestVersion())
                .update();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
