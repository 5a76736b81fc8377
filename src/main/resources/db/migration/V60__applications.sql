-- Applications for a pathway. What the applicant writes is one encrypted document (details); the columns beside it
-- are what the service must query without decrypting: status, deadlines, assignment. The clock's parameters are
-- copied at submission so that a later change to the pathway never moves a deadline already given to an applicant.
create table applications_application
(
    id                uuid        not null primary key,
    reference         text        not null unique,
    applicant_id      uuid        not null,
    pathway_code      text        not null,
    pathway_version   int         not null,
    category          text        not null,
    status            text        not null check (status in ('draft', 'submitted', 'screening', 'assessment',
                                                             'information-requested', 'withdrawn')),
    details           text        not null,
    eligibility       text check (eligibility in ('MET', 'NOT_MET', 'UNKNOWN')),
    created_at        timestamptz not null,
    changed_at        timestamptz not null,
    submitted_at      timestamptz,
    clock_start       date,
    decision_days     int check (decision_days between 1 and 3650),
    day_count         text check (day_count in ('calendar', 'working')),
    calendar          text,
    extension_allowed int         not null default 0 check (extension_allowed >= 0),
    extension_days    int         not null default 0 check (extension_days >= 0),
    extension_reason  text,
    due_on            date,
    assigned_to       uuid,
    protected_until_decided boolean not null default false,
    version           int         not null default 0,
    check (status = 'draft' or (submitted_at is not null and clock_start is not null and decision_days is not null)),
    check (extension_days <= extension_allowed)
);

create index applications_by_applicant on applications_application (applicant_id, created_at desc);
create index applications_open_by_due on applications_application (due_on, reference)
    where status in ('submitted', 'screening', 'assessment', 'information-requested');
create index applications_by_assignee on applications_application (assigned_to, due_on)
    where assigned_to is not null;

-- The documents attached to an application, by the type the pathway asks for. The documents module keeps the files;
-- this table lets it know which of them a submitted application relies on and who may read them.
create table applications_document
(
    application_id uuid not null references applications_application (id),
    code           text not null,
    document_id    uuid not null,
    primary key (application_id, code)
);
create index applications_document_by_document on applications_document (document_id);

-- Each step of an application's handling, as the applicant sees it, in order.
create table applications_step
(
    application_id uuid        not null references applications_application (id),
    position       int         not null,
    step           text        not null,
    at             timestamptz not null,
    primary key (application_id, position)
);

-- Requests for information: while one is open the statutory clock stands still.
create table applications_information_request
(
    id             uuid        not null primary key,
    application_id uuid        not null references applications_application (id),
    requested_at   timestamptz not null,
    requested_on   date        not null,
    requested_by   uuid        not null,
    question       text        not null,
    answered_at    timestamptz,
    answered_on    date,
    answer         text,
    check ((answered_at is null) = (answered_on is null) and (answered_at is null) = (answer is null))
);
create index applications_information_request_by_application on applications_information_request (application_id, requested_at);
create unique index applications_one_open_request on applications_information_request (application_id)
    where answered_at is null;
