package org.openpathways.accounts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpathways.accounts.Organisation;
import org.openpathways.accounts.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StoredOrganisations {

    private final JdbcClient jdbc;

    StoredOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Organisation organisation) {
        jdbc.sql("insert into accounts_organisation (id, name, kind, created_at, version) values (?, ?, ?, ?, 0)")
                .params(
                        organisation.id(),
                        organisation.name(),
                        organisation.kind().name(),
                        Timestamp.from(organisation.createdAt()))
                .update();
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from accounts_organisation where id = ?")
                .param(id)
                .query(StoredOrganisations::organisation)
                .optional();
    }

    public boolean existsNamed(String name) {
        return jdbc.sql("select count(*) from accounts_organisation where lower(name) = lower(?)")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<Organisation> page(int page, int size) {
        return jdbc.sql("select * from accounts_organisation order by lower(name), id limit ? offset ?")
                .params(size, (long) page * size)
                .query(StoredOrganisations::organisation)
                .list();
    }

    /** The organisations of these kinds, by name. */
    public List<Organisation> ofKinds(java.util.Collection<OrganisationKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from accounts_organisation where kind in (:kinds) order by lower(name), id")
                .param("kinds", kinds.stream().map(OrganisationKind::name).toList())
                .query(StoredOrganisations::organisation)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_organisation")
                .query(Long.class)
                .single();
    }

    private static Organisation organisation(ResultSet row, int number) throws SQLException {
        return new Organisation(
                row.getObject("id", UUID.class),
                row.getString("name"),
                OrganisationKind.valueOf(row.getString("kind")),
                row.getTimestamp("created_at").toInstant(),
                row.getInt("version"));
    }
}
