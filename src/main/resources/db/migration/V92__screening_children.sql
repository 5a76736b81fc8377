-- Children's cases: when a case became a child's and by when a guardian or representative must be assigned, the
-- unaccompanied and separated flags, age assessments (a range: the lower bound counts), guardians, the child's
-- interviews with the representative present, best-interests assessments and determinations by a panel. Names,
-- summaries, forms, decisions and views are AES-GCM encrypted; codes, dates and ids are plain.
create table screening_child (
    case_id         uuid        primary key references cases_case (id),
    child_since     timestamptz not null,
    guardian_due_at timestamptz not null,
    unaccompanied   boolean     not null default false,
    separated       boolean     not null default false,
    version         bigint      not null default 0
);

create table screening_age_assessment (
    id          uuid        primary key,
    case_id     uuid        not null references cases_case (id),
    method      varchar(30) not null
        check (method in ('documents', 'interview', 'psychosocial', 'physical-development', 'medical', 'other')),
    min_age     smallint    not null check (min_age between 0 and 120),
    max_age     smallint    not null check (max_age between 0 and 120),
    notes       text,
    assessed_by uuid        not null,
    assessed_at timestamptz not null,
    check (min_age <= max_age)
);
create index screening_age_assessment_by_case on screening_age_assessment (case_id, assessed_at desc);

create table screening_guardian (
    id          uuid        primary key,
    case_id     uuid        not null references cases_case (id),
    role        varchar(20) not null check (role in ('guardian', 'representative')),
    person      text        not null,
    assigned_by uuid        not null,
    assigned_at timestamptz not null
);
create index screening_guardian_by_case on screening_guardian (case_id, assigned_at);

create table screening_child_interview (
    id                  uuid        primary key,
    case_id             uuid        not null references cases_case (id),
    representative_role varchar(20) not null check (representative_role in ('guardian', 'representative')),
    representative      text        not null,
    language            varchar(3)  not null,
    summary             text        not null,
    interviewed_by      uuid        not null,
    interviewed_at      timestamptz not null
);
create index screening_child_interview_by_case on screening_child_interview (case_id, interviewed_at);

create table screening_best_interests_assessment (
    id          uuid         primary key,
    case_id     uuid         not null references cases_case (id),
    situations  varchar(30)[] not null,
    form        text         not null,
    assessed_by uuid         not null,
    assessed_at timestamptz  not null
);
create index screening_bia_by_case on screening_best_interests_assessment (case_id, assessed_at);

create table screening_best_interests_determination (
    id         uuid        primary key,
    case_id    uuid        not null references cases_case (id),
    situation  varchar(30) not null,
    decision   text        not null,
    decided_by uuid        not null,
    decided_at timestamptz not null
);
create index screening_bid_by_case on screening_best_interests_determination (case_id, decided_at);

-- One row per panel member: the unique key keeps members distinct.
create table screening_panel_member (
    id               uuid     primary key,
    determination_id uuid     not null references screening_best_interests_determination (id),
    member           uuid     not null,
    position         smallint not null,
    view             text     not null,
    unique (determination_id, member)
);
