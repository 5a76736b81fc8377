package org.openpathways.pathways.persistence;

/**
 * The SQL the public catalogue runs when its response cache misses. Kept as constants with positional parameters so
 * that the benchmark in {@code bench/} can run exactly the same statements through plain JDBC as its baseline.
 */
public final class CatalogueSql {

    /**
     * One page of published pathways in one language, in category order then by code, each row carrying the total
     * number of matching pathways. Parameters: 1 the language code ({@code en}, {@code fr}, {@code es}, {@code ar});
     * 2 the category codes to include, as a {@code text[]}; 3 the page size (limit); 4 the offset.
     */
    public static final String PUBLISHED_PAGE = """
            select p.code, v.version, v.category, t.title, t.summary,
                   v.decision_days, v.decision_day_count, v.decision_extension_days,
                   fee.codes as fee_codes, fee.names as fee_names, fee.amounts as fee_amounts,
                   fee.currencies as fee_currencies,
                   count(*) over () as total_items
            from pathways_pathway p
            join pathways_version v on v.pathway_id = p.id and v.version = p.published_version
            join pathways_category c on c.code = v.category
            join pathways_text t on t.pathway_id = v.pathway_id and t.version = v.version and t.language = ?
            cross join lateral (
                select array_agg(f.code order by f.position) as codes,
                       array_agg(n.name order by f.position) as names,
                       array_agg(f.amount order by f.position) as amounts,
                       array_agg(f.currency order by f.position) as currencies
                from pathways_fee f
                join pathways_fee_name n on n.pathway_id = f.pathway_id and n.version = f.version
                    and n.position = f.position and n.language = t.language
                where f.pathway_id = v.pathway_id and f.version = v.version
            ) fee
            where p.status = 'published' and v.category = any (?)
            order by c.rank, p.code
            limit ? offset ?
            """;

    /**
     * How many published pathways are in the given categories; used only for a page past the last one, which has no
     * row to carry the total. Parameter: 1 the category codes, as a {@code text[]}.
     */
    public static final String PUBLISHED_COUNT = """
            select count(*)
            from pathways_pathway p
            join pathways_version v on v.pathway_id = p.id and v.version = p.published_version
            where p.status = 'published' and v.category = any (?)
            """;

    /**
     * One published pathway, everything about it, in one language. Parameters: 1 the language code; 2 the pathway's
     * code.
     */
    public static final String PUBLISHED_PATHWAY = """
            select p.code, v.version, v.category, t.language, t.title, t.summary, t.decision_extension, t.permit_name,
                   v.decision_days, v.decision_day_count, v.decision_extension_days,
                   v.application_opens, v.application_closes,
                   v.permit_validity_months, v.permit_renewable, v.work_allowed, v.work_tied_to, v.family_may_join,
                   v.long_term_residence_after_months,
                   array(select i.text from pathways_text_item i
                         where i.pathway_id = t.pathway_id and i.version = t.version and i.language = t.language
                           and i.kind = 'who-can-apply' order by i.position) as who_can_apply,
                   array(select i.text from pathways_text_item i
                         where i.pathway_id = t.pathway_id and i.version = t.version and i.language = t.language
                           and i.kind = 'document' order by i.position) as documents,
                   array(select i.text from pathways_text_item i
                         where i.pathway_id = t.pathway_id and i.version = t.version and i.language = t.language
                           and i.kind = 'fee-waiver' order by i.position) as fee_waivers,
                   array(select i.text from pathways_text_item i
                         where i.pathway_id = t.pathway_id and i.version = t.version and i.language = t.language
                           and i.kind = 'permit-condition' order by i.position) as permit_conditions,
                   fee.codes as fee_codes, fee.names as fee_names, fee.amounts as fee_amounts,
                   fee.currencies as fee_currencies
            from pathways_pathway p
            join pathways_version v on v.pathway_id = p.id and v.version = p.published_version
            join pathways_text t on t.pathway_id = v.pathway_id and t.version = v.version and t.language = ?
            cross join lateral (
                select array_agg(f.code order by f.position) as codes,
                       array_agg(n.name order by f.position) as names,
                       array_agg(f.amount order by f.position) as amounts,
                       array_agg(f.currency order by f.position) as currencies
                from pathways_fee f
                join pathways_fee_name n on n.pathway_id = f.pathway_id and n.version = f.version
                    and n.position = f.position and n.language = t.language
                where f.pathway_id = v.pathway_id and f.version = v.version
            ) fee
            where p.code = ? and p.status = 'published'
            """;

    private CatalogueSql() {}
}
