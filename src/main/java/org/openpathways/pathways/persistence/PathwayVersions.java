package org.openpathways.pathways.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpathways.pathways.Fee;
import org.openpathways.pathways.PathwayDefinition;
import org.openpathways.pathways.PathwayText;
import org.openpathways.pathways.rules.json.RuleDocuments;
import org.openpathways.platform.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a version of a pathway, facts and texts in every language. Versions are only ever added, never changed. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PathwayVersions {

    static final String WHO_CAN_APPLY = "who-can-apply";
    static final String DOCUMENT = "document";
    static final String FEE_WAIVER = "fee-waiver";
    static final String PERMIT_CONDITION = "permit-condition";

    private final JdbcClient jdbc;

    PathwayVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID pathwayId, int version, PathwayDefinition definition, String fingerprint, Instant now) {
        var decision = definition.decisionTime();
        var window = definition.applicationWindow();
        var permit = definition.permit();
        var rights = permit.rights();
        jdbc.sql("""
                        insert into pathways_version (pathway_id, version, category, decision_days, decision_day_count,
                            decision_extension_days, application_opens, application_closes, permit_validity_months,
                            permit_renewable, work_allowed, work_tied_to, family_may_join,
                            long_term_residence_after_months, content_hash, created_at, eligibility)
                        values (:id, :version, :category, :days, :dayCount, :extension, :opens, :closes, :validity,
                            :renewable, :work, :tie, :family, :longTerm, :hash, :now, cast(:eligibility as jsonb))
                        """)
                .param("id", pathwayId)
                .param("version", version)
                .param("category", definition.category().code())
                .param("days", decision.days())
                .param("dayCount", decision.count().code())
                .param("extension", decision.extensionDays())
                .param("opens", window == null ? null : window.opens(), Types.DATE)
                .param("closes", window == null ? null : window.closes(), Types.DATE)
                .param("validity", permit.validityMonths())
                .param("renewable", permit.renewable())
                .param("work", rights.workAllowed())
                .param("tie", rights.workTie().code())
                .param("family", rights.familyMayJoin())
                .param("longTerm", rights.longTermResidenceAfterMonths(), Types.INTEGER)
                .param("hash", fingerprint)
                .param("now", PathwayStore.at(now))
                .param(
                        "eligibility",
                        definition.eligibility() == null
                                ? null
                                : new String(RuleDocuments.write(definition.eligibility()), StandardCharsets.UTF_8),
                        Types.VARCHAR)
                .update();
        List<Fee> fees = definition.fees();
        for (int position = 0; position < fees.size(); position++) {
            Fee fee = fees.get(position);
            jdbc.sql("""
                            insert into pathways_fee (pathway_id, version, position, code, amount, currency)
                            values (:id, :version, :position, :code, :amount, :currency)
                            """)
                    .params(Map.of(
                            "id",
                            pathwayId,
                            "version",
                            version,
                            "position",
                            position,
                            "code",
                            fee.code(),
                            "amount",
                            fee.amount(),
                            "currency",
                            fee.currency()))
                    .update();
        }
        for (Language language : Language.values()) {
            addText(pathwayId, version, language, definition.text(language), fees);
        }
    }

    private void addText(UUID pathwayId, int version, Language language, PathwayText text, List<Fee> fees) {
        jdbc.sql("""
                        insert into pathways_text (pathway_id, version, language, title, summary, decision_extension,
                            permit_name)
                        values (:id, :version, :language, :title, :summary, :extension, :permitName)
                        """)
                .param("id", pathwayId)
                .param("version", version)
                .param("language", language.code())
                .param("title", text.title())
                .param("summary", text.summary())
                .param("extension", text.decisionExtension(), Types.VARCHAR)
                .param("permitName", text.permitName())
                .update();
        addItems(pathwayId, version, language, WHO_CAN_APPLY, text.whoCanApply());
        addItems(pathwayId, version, language, DOCUMENT, text.documents());
        addItems(pathwayId, version, language, FEE_WAIVER, text.feeWaivers());
        addItems(pathwayId, version, language, PERMIT_CONDITION, text.permitConditions());
        if (!fees.isEmpty()) {
            jdbc.sql("""
                            insert into pathways_fee_name (pathway_id, version, position, language, name)
                            select :id, :version, position - 1, :language, name
                            from unnest(:names) with ordinality as fee(name, position)
                            """)
                    .param("id", pathwayId)
                    .param("version", version)
                    .param("language", language.code())
                    .param(
                            "names",
                            fees.stream().map(fee -> text.feeName(fee.code())).toArray(String[]::new))
                    .update();
        }
    }

    /** Adds a whole list in one statement: a version's texts run to a hundred items or so. */
    private void addItems(UUID pathwayId, int version, Language language, String kind, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into pathways_text_item (pathway_id, version, language, kind, position, text)
                        select :id, :version, :language, :kind, position - 1, text
                        from unnest(:items) with ordinality as item(text, position)
                        """)
                .param("id", pathwayId)
                .param("version", version)
                .param("language", language.code())
                .param("kind", kind)
                .param("items", items.toArray(String[]::new))
                .update();
    }
}
