-- The eligibility rules of a pathway version, as the rule document (ADR 0011) the version was saved with. Kept as
-- one document rather than tables: rules are read and judged whole, always under the version an application pinned,
-- and the document is the form in which they are exchanged. Null when the version has no rules.
alter table pathways_version
    add column eligibility jsonb;
