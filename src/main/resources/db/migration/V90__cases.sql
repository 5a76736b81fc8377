-- Protection cases: a person met at first contact, owned by an organisation. The identity (name, birth date, sex,
-- nationality, languages, phone) is one AES-GCM encrypted JSON document; the columns beside it hold only what
-- decides who may see the case and how lists are ordered.
create table cases_case (
    id                    uuid         primary key,
    reference             varchar(20)  not null unique,
    organisation_id       uuid         not null references accounts_organisation (id),
    assigned_to           uuid         references accounts_account (id),
    identity              text         not null,
    contact_point         varchar(20)  not null check (contact_point in ('BORDER', 'CONSULATE', 'APPLICATION')),
    place                 varchar(200) not null,
    contact_date          date         not null,
    application_reference varchar(20),
    child                 boolean      not null default false,
    opened_at             timestamptz  not null,
    opened_by             uuid         not null,
    version               bigint       not null default 0
);

create index cases_case_by_organisation on cases_case (organisation_id, opened_at desc);
create index cases_case_by_assignee on cases_case (assigned_to) where assigned_to is not null;
create index cases_case_children on cases_case (opened_at desc) where child;
