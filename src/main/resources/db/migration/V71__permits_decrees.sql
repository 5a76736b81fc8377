-- Extension decrees (B9): an official extends, in one statement, every valid permit of some types whose end falls in
-- a window, optionally only for some nationalities and only where a fact was recorded about the permit. See ADR 14.
create table permits_decree (
    id                  uuid primary key,
    title               varchar(200) not null,
    legal_basis         text         not null,
    permit_types        text[]       not null check (cardinality(permit_types) > 0), -- pathway codes
    expiring_from       date         not null,
    expiring_to         date         not null,
    nationalities       text[]       not null default '{}', -- alpha-3 codes; empty = every nationality
    required_fact       varchar(60),
    new_valid_until     date,
    extension_months    integer      check (extension_months between 0 and 120),
    extension_days      integer      check (extension_days between 0 and 3660),
    status              varchar(10)  not null check (status in ('draft', 'executed')),
    created_by          varchar(100) not null,
    created_at          timestamptz  not null,
    executed_by         varchar(100),
    executed_at         timestamptz,
    permits_extended    integer,
    -- The last history row whose holder has been notified; holders are told one by one after the execution commits.
    notified_through    bigint       not null default 0,
    version             integer      not null default 0,
    check (expiring_from <= expiring_to),
    check ((new_valid_until is null) = (extension_months is not null and extension_days is not null)),
    check ((status = 'executed') = (executed_at is not null))
);

create index permits_decree_by_creation on permits_decree (created_at desc, id);

-- Facts staff record about a permit (for example employment-confirmed), which a decree may require.
create table permits_permit_fact (
    permit_id   uuid         not null references permits_permit (id),
    fact        varchar(60)  not null,
    recorded_at timestamptz  not null,
    recorded_by varchar(100) not null,
    primary key (permit_id, fact)
);

create index permits_permit_fact_by_fact on permits_permit_fact (fact, permit_id);

-- The notices after a decree page through its history rows in id order.
create index permits_permit_history_by_decree
    on permits_permit_history (reference, id) where change = 'extended';
