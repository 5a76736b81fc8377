package org.openpathways.referrals.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpathways.referrals.ProviderEntry;
import org.openpathways.referrals.ServiceType;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The provider directory's rows, each with its capacity in use: accepted and delivered referrals not yet closed. */
@Repository
public class ProviderRecords {

    private static final String SELECT = """
            select p.organisation_id, p.name, p.services, p.areas, p.languages, p.capacity, p.version,
                   (select count(*) from referrals_referral r
                     where r.provider_organisation_id = p.organisation_id
                       and r.status in ('accepted', 'delivered')) as in_use
              from referrals_provider p
            """;

    private final JdbcClient jdbc;

    ProviderRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the entry, or replaces it if the version is {@code seen} (null: only insert). */
    public void save(
            UUID organisationId,
            String name,
            List<ServiceType> services,
            List<String> areas,
            List<String> languages,
            int capacity,
            @Nullable Long seen,
            Instant at) {
        int written = jdbc.sql("""
                        insert into referrals_provider (organisation_id, name, services, areas, languages, capacity,
                            updated_at)
                        values (:id, :name, :services, :areas, :languages, :capacity, :at)
                        on conflict (organisation_id) do update
                           set name = excluded.name, services = excluded.services, areas = excluded.areas,
                               languages = excluded.languages, capacity = excluded.capacity,
                               updated_at = excluded.updated_at, version = referrals_provider.version + 1
                         where :seen::bigint is not null and referrals_provider.version = :seen::bigint
                        """)
                .param("id", organisationId)
                .param("name", name)
                .param("services", services.stream().map(ServiceType::code).toArray(String[]::new))
                .param("areas", areas.toArray(String[]::new))
                .param("languages", languages.toArray(String[]::new))
                .param("capacity", capacity)
                .param("at", Timestamp.from(at))
                .param("seen", seen)
                .update();
        if (written != 1) {
            throw new OptimisticLockingFailureException("The provider entry changed since it was read");
        }
    }

    public Optional<ProviderEntry> find(UUID organisationId) {
        return jdbc.sql(SELECT + " where p.organisation_id = ?")
                .param(organisationId)
                .query(ProviderRecords::entry)
                .optional();
    }

    /** The entry with its row locked until the transaction ends, so that capacity checks do not race. */
    public Optional<ProviderEntry> lock(UUID organisationId) {
        jdbc.sql("select 1 from referrals_provider where organisation_id = ? for update")
                .param(organisationId)
                .query(Integer.class)
                .optional();
        return find(organisationId);
    }

    /** Providers matching every filter given (null: any), by name. */
    public List<ProviderEntry> search(@Nullable ServiceType service, @Nullable String area, @Nullable String language) {
        return jdbc.sql(SELECT + """
                         where (:service::text is null or :service::text = any (p.services))
                           and (:area::text is null or exists (select 1 from unnest(p.areas) a
                                                                where lower(a) = lower(:area::text)))
                           and (:language::text is null or :language::text = any (p.languages))
                         order by p.name, p.organisation_id
                        """)
                .param("service", service == null ? null : service.code())
                .param("area", area)
                .param("language", language)
                .query(ProviderRecords::entry)
                .list();
    }

    private static ProviderEntry entry(ResultSet rs, int row) throws SQLException {
        return new ProviderEntry(
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                strings(rs.getArray("services")).stream()
                        .map(code -> ServiceType.ofCode(code).orElseThrow())
                        .collect(Collectors.toSet()),
                strings(rs.getArray("areas")),
                strings(rs.getArray("languages")),
                rs.getInt("capacity"),
                rs.getInt("in_use"),
                rs.getLong("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }
}
