-- Decisions and appeals. A caseworker's recommendation is a decision row; an approval takes effect at once, a refusal
-- only when a supervisor other than the caseworker approves it (maker-checker). An appeal against a refusal is its own
-- row, decided by a reviewer who took no part in the decision.
alter table applications_application drop constraint applications_application_status_check;
alter table applications_application
    add constraint applications_application_status_check
        check (status in ('draft', 'submitted', 'screening', 'assessment', 'information-requested', 'recommended',
                          'approved', 'refused', 'appealed', 'withdrawn'));
alter table applications_application add column decided_at timestamptz;
alter table applications_application add column decided_on date;

drop index applications_open_by_due;
create index applications_open_by_due on applications_application (due_on, reference)
    where status in ('submitted', 'screening', 'assessment', 'information-requested', 'recommended');
-- Processing-time statistics read decided applications by pathway.
create index applications_by_pathway on applications_application (pathway_code, reference);
create index applications_decided on applications_application (pathway_code, decided_on)
    where decided_on is not null;

create table applications_decision
(
    id                uuid        not null primary key,
    application_id    uuid        not null references applications_application (id),
    outcome           text        not null check (outcome in ('approve', 'refuse')),
    -- Failed criteria, by their position in the pinned rules ("0.2"), and grounds from the closed list.
    criteria          text[]      not null default '{}',
    grounds           text[]      not null default '{}',
    free_text         text,
    flagged           boolean     not null,
    status            text        not null check (status in ('recommended', 'final', 'returned')),
    recommended_by    uuid        not null,
    recommended_at    timestamptz not null,
    checked_by        uuid,
    checked_at        timestamptz,
    return_comment    text,
    appeal_deadline   date,
    permit_number     text,
    check (checked_by is null or checked_by <> recommended_by),
    check (outcome = 'approve' or cardinality(criteria) + cardinality(grounds) > 0)
);
create index applications_decision_by_application on applications_decision (application_id, recommended_at);
create index applications_decision_awaiting on applications_decision (recommended_at) where status = 'recommended';

create table applications_appeal
(
    id             uuid        not null primary key,
    application_id uuid        not null references applications_application (id),
    decision_id    uuid        not null unique references applications_decision (id),
    filed_at       timestamptz not null,
    filed_on       date        not null,
    grounds        text        not null,
    late           boolean     not null,
    late_reason    text,
    status         text        not null check (status in ('late', 'filed', 'not-admitted', 'upheld', 'overturned',
                                                           'sent-back')),
    reviewer       uuid,
    decided_at     timestamptz,
    outcome_reason text,
    check (not late or late_reason is not null)
);
