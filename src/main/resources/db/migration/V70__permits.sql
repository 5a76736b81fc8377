-- Permits issued when an application is approved. Extension decrees (later) change valid_until in bulk by permit
-- type (pathway_code), expiry window and nationality, hence the indexes; every change of a permit leaves one row in
-- permits_permit_history.
create table permits_permit (
    id                     uuid primary key,
    number                 varchar(12)  not null unique,
    application_reference  varchar(100) not null unique,
    holder_id              uuid         not null,
    holder_name            text         not null, -- encrypted, context permits_permit.holder_name
    holder_nationality     varchar(3)   not null, -- ISO 3166-1 alpha-3 or alpha-2, upper case; not encrypted, decrees select by it
    pathway_code           varchar(60)  not null, -- the permit's type
    pathway_version        integer      not null,
    valid_from             date         not null,
    valid_until            date         not null,
    work_allowed           boolean      not null,
    work_tie               varchar(10)  not null check (work_tie in ('none', 'employer', 'sector')),
    tied_employer          varchar(200),
    tied_sector            varchar(100),
    employer_change        varchar(20)  not null check (employer_change in ('allowed', 'with-notice', 'not-allowed')),
    renewable              boolean      not null,
    issued_at              timestamptz  not null,
    revoked_at             timestamptz,
    revocation_ground      varchar(60),
    revocation_explanation text,                  -- encrypted, context permits_permit.revocation_explanation
    updated_at             timestamptz  not null,
    version                integer      not null default 0,
    check (valid_until >= valid_from),
    check ((revoked_at is null) = (revocation_ground is null))
);

create index permits_permit_by_holder on permits_permit (holder_id, valid_until desc);
create index permits_permit_by_type_and_expiry on permits_permit (pathway_code, valid_until);
create index permits_permit_by_expiry on permits_permit (valid_until);
create index permits_permit_by_nationality on permits_permit (holder_nationality, valid_until);

create table permits_permit_history (
    id                 bigint generated always as identity primary key,
    permit_id          uuid         not null references permits_permit (id),
    change             varchar(10)  not null check (change in ('issued', 'extended', 'revoked', 'renewed')),
    valid_until_before date,
    valid_until_after  date         not null,
    reference          varchar(100), -- the application (issued, renewed) or decree (extended) behind the change
    revocation_ground  varchar(60),
    actor              varchar(100) not null,
    happened_at        timestamptz  not null
);

create index permits_permit_history_by_permit on permits_permit_history (permit_id, id);
-- One renewal or extension per permit and application or decree: repeating it changes nothing.
create unique index permits_permit_history_once
    on permits_permit_history (permit_id, change, reference) where reference is not null and change in ('renewed', 'extended');
