-- Bilateral labour-migration agreements and free-movement protocols, their texts in each language, and the quotas
-- they set. A quota's use is kept twice on purpose: as the counter quota.used, which the allocating transaction
-- changes while it holds the quota row's lock and which the check below keeps within capacity, and as one allocation
-- row per application, which makes allocating idempotent and shows what the counter counts (see ADR 0015).
create table agreements_agreement (
    code        varchar(60)  primary key,
    kind        varchar(30)  not null check (kind in ('bilateral', 'free-movement-protocol')),
    partners    varchar(2)[] not null, -- ISO 3166-1 alpha-2 codes of the partner or member states
    sectors     varchar(60)[] not null,
    valid_from  date         not null,
    valid_to    date,
    status      varchar(10)  not null check (status in ('draft', 'in-force', 'ended')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     integer      not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);

-- The title (position 0) and the workers' rights clauses (positions 1, 2, ...) in each language.
create table agreements_agreement_text (
    agreement_code varchar(60) not null references agreements_agreement (code) on delete cascade,
    language       varchar(2)  not null check (language in ('en', 'fr', 'es', 'ar')),
    position       smallint    not null check (position >= 0),
    text           text        not null,
    primary key (agreement_code, language, position)
);

create table agreements_quota (
    code            varchar(60)   primary key,
    agreement_code  varchar(60)   not null references agreements_agreement (code),
    pathway_codes   varchar(60)[] not null,
    sector          varchar(60),
    nationalities   varchar(2)[]  not null, -- empty: open to the nationals of every partner
    period_start    date          not null,
    period_end      date          not null,
    capacity        integer       not null check (capacity >= 0),
    used            integer       not null default 0,
    check (period_end >= period_start),
    -- The last line of defence against over-allocation, whatever the code does.
    check (used >= 0 and used <= capacity)
);

create index agreements_quota_by_agreement on agreements_quota (agreement_code);
create index agreements_quota_by_pathway on agreements_quota using gin (pathway_codes);

-- One row per quota and application: allocating twice for the same application finds it and consumes nothing.
create table agreements_quota_allocation (
    quota_code            varchar(60)  not null references agreements_quota (code),
    application_reference varchar(100) not null,
    allocated_at          timestamptz  not null,
    released_at           timestamptz,
    primary key (quota_code, application_reference)
);
