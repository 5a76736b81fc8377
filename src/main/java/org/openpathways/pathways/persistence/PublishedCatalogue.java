package org.openpathways.pathways.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.CataloguePage;
import org.openpathways.pathways.CatalogueQuery;
import org.openpathways.pathways.DayCount;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.LocalizedFee;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDetails;
import org.openpathways.pathways.PathwaySummary;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.Permit;
import org.openpathways.pathways.PermitRights;
import org.openpathways.pathways.PublishedRules;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.platform.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the public sees: published versions only, in one language, with {@link CatalogueSql}. */
@Repository
public class PublishedCatalogue {

    /**
     * Parsed rules by the content fingerprint of their version, which covers the rules: each is parsed once, and a
     * pathway removed and created again under the same code and version number (only tests do that) is parsed afresh.
     */
    private final Map<String, RuleSet> parsedRules = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    PublishedCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published pathways that have eligibility rules, in catalogue order, titled in the given language. */
    public List<PublishedRules> rules(Language language) {
        return jdbc.sql("""
                        select p.code, v.version, v.content_hash, t.title, v.eligibility::text as eligibility
                        from pathways_pathway p
                        join pathways_version v on v.pathway_id = p.id and v.version = p.published_version
                        join pathways_category c on c.code = v.category
                        join pathways_text t on t.pathway_id = v.pathway_id and t.version = v.version
                            and t.language = :language
                        where p.status = 'published' and v.eligibility is not null
                        order by c.rank, p.code
                        """)
                .param("language", language.code())
                .query((rs, row) -> {
                    String code = rs.getString("code");
                    int version = rs.getInt("version");
                    String document = rs.getString("eligibility");
                    if (parsedRules.size() > MAX_PARSED_RULES) {
                        parsedRules.clear();
                    }
                    RuleSet rules = parsedRules.computeIfAbsent(
                            rs.getString("content_hash"), key -> StoredDefinitions.rules(document));
                    return new PublishedRules(code, version, rs.getString("title"), rules);
                })
                .list();
    }

    private static final int MAX_PARSED_RULES = 1000;

    public CataloguePage page(CatalogueQuery query, Language language) {
        String[] categories =
                query.effectiveCategories().stream().map(PathwayCategory::code).toArray(String[]::new);
        long[] total = {0};
        List<PathwaySummary> items = jdbc.sql(CatalogueSql.PUBLISHED_PAGE)
                .param(language.code())
                .param(categories)
                .param(query.size())
                .param(query.offset())
                .query((rs, row) -> {
                    total[0] = rs.getLong("total_items");
                    return new PathwaySummary(
                            rs.getString("code"),
                            rs.getInt("version"),
                            category(rs),
                            rs.getString("title"),
                            rs.getString("summary"),
                            decisionTime(rs),
                            fees(rs));
                })
                .list();
        if (items.isEmpty() && query.page() > 1) {
            total[0] = jdbc.sql(CatalogueSql.PUBLISHED_COUNT)
                    .param(categories)
                    .query(Long.class)
                    .single();
        }
        return new CataloguePage(items, query.page(), query.size(), total[0]);
    }

    public Optional<PathwayDetails> pathway(String code, Language language) {
        return jdbc.sql(CatalogueSql.PUBLISHED_PATHWAY)
                .param(language.code())
                .param(code)
                .query((rs, row) -> details(rs, language))
                .optional();
    }

    private static PathwayDetails details(ResultSet rs, Language language) throws SQLException {
        List<LocalizedFee> fees = fees(rs);
        Map<String, String> feeNames = new LinkedHashMap<>();
        fees.forEach(fee -> feeNames.put(fee.code(), fee.name()));
        var text = new PathwayText(
                rs.getString("title"),
                rs.getString("summary"),
                strings(rs.getArray("who_can_apply")),
                strings(rs.getArray("documents")),
                feeNames,
                strings(rs.getArray("fee_waivers")),
                rs.getString("decision_extension"),
                rs.getString("permit_name"),
                strings(rs.getArray("permit_conditions")));
        Date opens = rs.getDate("application_opens");
        Date closes = rs.getDate("application_closes");
        var permit = new Permit(
                rs.getInt("permit_validity_months"),
                rs.getBoolean("permit_renewable"),
                new PermitRights(
                        rs.getBoolean("work_allowed"),
                        WorkTie.ofCode(rs.getString("work_tied_to")).orElseThrow(),
                        rs.getBoolean("family_may_join"),
                        rs.getObject("long_term_residence_after_months", Integer.class)));
        return new PathwayDetails(
                rs.getString("code"),
                rs.getInt("version"),
                category(rs),
                language,
                text,
                decisionTime(rs),
                opens == null || closes == null
                        ? null
                        : new ApplicationWindow(opens.toLocalDate(), closes.toLocalDate()),
                fees,
                permit);
    }

    private static PathwayCategory category(ResultSet rs) throws SQLException {
        return PathwayCategory.ofCode(rs.getString("category")).orElseThrow();
    }

    private static DecisionTime decisionTime(ResultSet rs) throws SQLException {
        return new DecisionTime(
                rs.getInt("decision_days"),
                DayCount.ofCode(rs.getString("decision_day_count")).orElseThrow(),
                rs.getInt("decision_extension_days"));
    }

    private static List<LocalizedFee> fees(ResultSet rs) throws SQLException {
        List<String> codes = strings(rs.getArray("fee_codes"));
        List<String> names = strings(rs.getArray("fee_names"));
        List<String> currencies = strings(rs.getArray("fee_currencies"));
        @Nullable Array amountArray = rs.getArray("fee_amounts");
        BigDecimal[] amounts = amountArray == null ? new BigDecimal[0] : (BigDecimal[]) amountArray.getArray();
        List<LocalizedFee> fees = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            fees.add(new LocalizedFee(codes.get(i), names.get(i), amounts[i], currencies.get(i)));
        }
        return fees;
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
