package org.openpathways.pathways.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.AdministeredPathway;
import org.openpathways.pathways.PathwayStatus;
import org.openpathways.platform.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every pathway with all its versions, drafts included, for the administrators. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PathwayRegister {

    private static final String PATHWAYS = """
            select p.id, p.code, p.status, p.latest_version, p.published_version, p.changed_at,
                   coalesce(t.title, p.code) as title
            from pathways_pathway p
            left join pathways_text t
              on t.pathway_id = p.id and t.version = p.latest_version and t.language = :language
            where p.latest_version > 0
            """;

    private final JdbcClient jdbc;

    PathwayRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdministeredPathway> all(Language language) {
        Map<String, List<VersionRow>> versions =
                versions(null).stream().collect(Collectors.groupingBy(VersionRow::code));
        return jdbc.sql(PATHWAYS + " order by p.code")
                .param("language", language.code())
                .query((rs, row) -> pathway(rs, versions.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public Optional<AdministeredPathway> one(String code, Language language) {
        List<VersionRow> versions = versions(code);
        return jdbc.sql(PATHWAYS + " and p.code = :code")
                .param("language", language.code())
                .param("code", code)
                .query((rs, row) -> pathway(rs, versions))
                .optional();
    }

    private static AdministeredPathway pathway(ResultSet rs, List<VersionRow> rows) throws SQLException {
        PathwayStatus status = PathwayStatus.ofCode(rs.getString("status"));
        Integer published = rs.getObject("published_version", Integer.class);
        List<AdministeredPathway.Version> versions = new ArrayList<>();
        for (VersionRow version : rows) {
            versions.add(new AdministeredPathway.Version(
                    version.number(),
                    AdministeredPathway.stateOf(version.number(), status, published, version.publishedAt() != null),
                    version.savedAt(),
                    version.publishedAt()));
        }
        return new AdministeredPathway(
                rs.getString("code"),
                status,
                rs.getInt("latest_version"),
                published,
                rs.getString("title"),
                rs.getTimestamp("changed_at").toInstant(),
                versions);
    }

    private List<VersionRow> versions(@Nullable String code) {
        return jdbc.sql("""
                        select p.code, v.version, v.created_at, v.published_at
                        from pathways_version v join pathways_pathway p on p.id = v.pathway_id
                        where cast(:code as text) is null or p.code = :code
                        order by p.code, v.version desc
                        """)
                .param("code", code, Types.VARCHAR)
                .query((rs, row) -> {
                    Timestamp published = rs.getTimestamp("published_at");
                    return new VersionRow(
                            rs.getString("code"),
                            rs.getInt("version"),
                            rs.getTimestamp("created_at").toInstant(),
                            published == null ? null : published.toInstant());
                })
                .list();
    }

    private record VersionRow(
            String code,
            int number,
            Instant savedAt,
            @Nullable Instant publishedAt) {}
}
