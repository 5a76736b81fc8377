-- The pathway catalogue. A pathway keeps a stable code; everything users read about it lives in numbered versions,
-- which are never changed once written: a change makes a new version, and publishing points the pathway at one.
-- Later work (administration, eligibility rules, applications) pins versions by (pathway_id, version).

create table pathways_category
(
    code text     not null primary key,
    rank smallint not null unique
);
insert into pathways_category (code, rank)
values ('labour', 1),
       ('family', 2),
       ('study', 3),
       ('humanitarian-climate', 4),
       ('regularization', 5),
       ('free-movement', 6),
       ('temporary-protection', 7);

create table pathways_pathway
(
    id                uuid        not null primary key,
    code              text        not null unique
        check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    status            text        not null check (status in ('draft', 'published', 'retired')),
    latest_version    int         not null check (latest_version >= 0),
    published_version int,
    created_at        timestamptz not null,
    changed_at        timestamptz not null,
    check (published_version is null or published_version <= latest_version),
    check (status = 'draft' or published_version is not null)
);

create table pathways_version
(
    pathway_id                       uuid        not null references pathways_pathway (id),
    version                          int         not null check (version >= 1),
    category                         text        not null references pathways_category (code),
    decision_days                    int         not null check (decision_days between 1 and 3650),
    decision_day_count               text        not null check (decision_day_count in ('calendar', 'working')),
    decision_extension_days          int         not null check (decision_extension_days between 0 and 3650),
    application_opens                date,
    application_closes               date,
    permit_validity_months           int         not null check (permit_validity_months between 1 and 1200),
    permit_renewable                 boolean     not null,
    work_allowed                     boolean     not null,
    work_tied_to                     text        not null check (work_tied_to in ('none', 'employer', 'sector')),
    family_may_join                  boolean     not null,
    long_term_residence_after_months int check (long_term_residence_after_months between 1 and 1200),
    content_hash                     text        not null,
    created_at                       timestamptz not null,
    published_at                     timestamptz,
    primary key (pathway_id, version),
    check ((application_opens is null) = (application_closes is null)),
    check (application_closes >= application_opens),
    check (work_allowed or work_tied_to = 'none')
);

alter table pathways_pathway
    add constraint pathways_pathway_published_version_exists
        foreign key (id, published_version) references pathways_version (pathway_id, version);

create table pathways_fee
(
    pathway_id uuid          not null,
    version    int           not null,
    position   smallint      not null,
    code       text          not null,
    amount     numeric(12, 2) not null check (amount >= 0),
    currency   text          not null check (currency ~ '^[A-Z]{3}$'),
    primary key (pathway_id, version, position),
    unique (pathway_id, version, code),
    foreign key (pathway_id, version) references pathways_version (pathway_id, version)
);

-- The texts of one version in one language; lists (who can apply, documents...) are in pathways_text_item.
create table pathways_text
(
    pathway_id         uuid not null,
    version            int  not null,
    language           text not null check (language in ('en', 'fr', 'es', 'ar')),
    title              text not null,
    summary            text not null,
    decision_extension text,
    permit_name        text not null,
    primary key (pathway_id, version, language),
    foreign key (pathway_id, version) references pathways_version (pathway_id, version)
);

create table pathways_text_item
(
    pathway_id uuid     not null,
    version    int      not null,
    language   text     not null,
    kind       text     not null check (kind in ('who-can-apply', 'document', 'fee-waiver', 'permit-condition')),
    position   smallint not null,
    text       text     not null,
    primary key (pathway_id, version, language, kind, position),
    foreign key (pathway_id, version, language) references pathways_text (pathway_id, version, language)
);

create table pathways_fee_name
(
    pathway_id uuid     not null,
    version    int      not null,
    position   smallint not null,
    language   text     not null,
    name       text     not null,
    primary key (pathway_id, version, position, language),
    foreign key (pathway_id, version, position) references pathways_fee (pathway_id, version, position),
    foreign key (pathway_id, version, language) references pathways_text (pathway_id, version, language)
);

create index pathways_pathway_published on pathways_pathway (status, code) where status = 'published';
