package org.openpathways.pathways.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openpathways.pathways.ApplicationWindow;
import org.openpathways.pathways.DayCount;
import org.openpathways.pathways.DecisionTime;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayCategory;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.Permit;
import org.openpathways.pathways.PermitRights;
import org.openpathways.pathways.WorkTie;
import org.openpathways.pathways.rules.RuleSet;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a whole stored version back, in every language, as the definition it was saved from. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class StoredDefinitions {

    private final JdbcClient jdbc;

    StoredDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PathwayDefinition load(UUID pathwayId, String code, int version) {
        var facts = jdbc.sql("select * from pathways_version where pathway_id = :id and version = :version")
                .param("id", pathwayId)
                .param("version", version)
                .query((rs, row) -> {
                    Date opens = rs.getDate("application_opens");
                    Date closes = rs.getDate("application_closes");
                    String eligibility = rs.getString("eligibility");
                    return new Facts(
                            PathwayCategory.ofCode(rs.getString("category")).orElseThrow(),
                            new DecisionTime(
                                    rs.getInt("decision_days"),
                                    DayCount.ofCode(rs.getString("decision_day_count"))
                                            .orElseThrow(),
                                    rs.getInt("decision_extension_days")),
                            opens == null || closes == null
                                    ? null
                                    : new ApplicationWindow(opens.toLocalDate(), closes.toLocalDate()),
                            new Permit(
                                    rs.getInt("permit_validity_months"),
                                    rs.getBoolean("permit_renewable"),
                                    new PermitRights(
                                            rs.getBoolean("work_allowed"),
                                            WorkTie.ofCode(rs.getString("work_tied_to"))
                                                    .orElseThrow(),
                                            rs.getBoolean("family_may_join"),
                                            rs.getObject("long_term_residence_after_months", Integer.class))),
                            eligibility == null ? null : rules(eligibility));
                })
                .single();
        List<Fee> fees = jdbc.sql("""
                        select code, amount, currency from pathways_fee
                        where pathway_id = :id and version = :version order by position
                        """)
                .param("id", pathwayId)
                .param("version", version)
                .query((rs, row) -> new Fee(rs.getString("code"), rs.getBigDecimal("amount"), rs.getString("currency")))
                .list();
        return new PathwayDefinition(
                code,
                facts.category(),
                facts.decisionTime(),
                facts.window(),
                fees,
                facts.permit(),
                texts(pathwayId, version),
                facts.eligibility());
    }

    /** Rules as stored; they were checked when the version was saved. */
    static RuleSet rules(String document) {
        return RuleDocuments.read(document.getBytes(StandardCharsets.UTF_8));
    }

    private Map<Language, PathwayText> texts(UUID pathwayId, int version) {
        Map<String, Map<String, List<String>>> items = new HashMap<>();
        jdbc.sql("""
                        select language, kind, text from pathways_text_item
                        where pathway_id = :id and version = :version order by language, kind, position
                        """).param("id", pathwayId).param("version", version).query(rs -> {
            items.computeIfAbsent(rs.getString("language"), language -> new HashMap<>())
                    .computeIfAbsent(rs.getString("kind"), kind -> new ArrayList<>())
                    .add(rs.getString("text"));
        });
        Map<String, Map<String, String>> feeNames = new HashMap<>();
        jdbc.sql("""
                        select n.language, f.code, n.name from pathways_fee_name n
                        join pathways_fee f on f.pathway_id = n.pathway_id and f.version = n.version
                            and f.position = n.position
                        where n.pathway_id = :id and n.version = :version
                        """).param("id", pathwayId).param("version", version).query(rs -> {
            feeNames.computeIfAbsent(rs.getString("language"), language -> new HashMap<>())
                    .put(rs.getString("code"), rs.getString("name"));
        });
        Map<Language, PathwayText> texts = new EnumMap<>(Language.class);
        jdbc.sql("select * from pathways_text where pathway_id = :id and version = :version")
                .param("id", pathwayId)
                .param("version", version)
                .query(rs -> {
                    String language = rs.getString("language");
                    Map<String, List<String>> lists = items.getOrDefault(language, Map.of());
                    texts.put(
                            Language.ofCode(language).orElseThrow(),
                            new PathwayText(
                                    rs.getString("title"),
                                    rs.getString("summary"),
                                    lists.getOrDefault(PathwayVersions.WHO_CAN_APPLY, List.of()),
                                    lists.getOrDefault(PathwayVersions.DOCUMENT, List.of()),
                                    feeNames.getOrDefault(language, Map.of()),
                                    lists.getOrDefault(PathwayVersions.FEE_WAIVER, List.of()),
                                    rs.getString("decision_extension"),
                                    rs.getString("permit_name"),
                                    lists.getOrDefault(PathwayVersions.PERMIT_CONDITION, List.of())));
                });
        return texts;
    }

    private record Facts(
            PathwayCategory category,
            DecisionTime decisionTime,
            @Nullable ApplicationWindow window,
            Permit permit,
            @Nullable RuleSet eligibility) {}
}
