-- Referrals (ADR 0019): the provider directory, consents to share a case's data with one provider, and referrals.
-- Texts that may say something about the person (the parent's or guardian's name, notes, reasons) are encrypted by
-- the application (AES-GCM, context table.column); the data shared with a provider is never copied here: it is read
-- from the case at each audited read, and only while the consent is live.

-- One entry per organisation of kind SERVICE_PROVIDER that takes referrals. The name is copied from the
-- organisation (public information) so that the directory lists without reading the accounts module's tables.
create table referrals_provider (
    organisation_id uuid          primary key,
    name            varchar(200)  not null,
    services        varchar(30)[] not null,
    areas           varchar(80)[] not null,
    languages       varchar(3)[]  not null, -- ISO 639 codes
    capacity        integer       not null check (capacity >= 0),
    updated_at      timestamptz   not null,
    version         integer       not null default 0,
    check (cardinality(services) > 0)
);

create table referrals_consent (
    id              uuid          primary key,
    case_id         uuid          not null,
    -- The case's application, copied when the consent is recorded: its applicant is the person who may read and
    -- withdraw the consent from their account.
    application_reference varchar(20),
    organisation_id uuid          not null references referrals_provider (organisation_id),
    given_by        varchar(10)   not null check (given_by in ('person', 'parent', 'guardian')),
    giver_name      text,         -- encrypted; the parent's or guardian's name, null when the person consented
    categories      varchar(20)[] not null check (cardinality(categories) > 0),
    valid_until     date          not null,
    recorded_by     uuid          not null,
    recorded_at     timestamptz   not null,
    withdrawn_at    timestamptz,
    withdrawn_by    varchar(60),  -- account:<id>
    version         integer       not null default 0,
    check ((given_by = 'person') = (giver_name is null))
);
create index referrals_consent_by_case on referrals_consent (case_id, organisation_id);
create index referrals_consent_by_application on referrals_consent (application_reference)
    where application_reference is not null;

create table referrals_referral (
    id                       uuid          primary key,
    case_id                  uuid          not null,
    case_organisation_id     uuid          not null, -- the organisation owning the case when it was sent
    provider_organisation_id uuid          not null references referrals_provider (organisation_id),
    service                  varchar(30)   not null,
    urgency                  varchar(10)   not null check (urgency in ('immediate', 'high', 'medium', 'low')),
    categories               varchar(20)[] not null,
    consent_id               uuid          references referrals_consent (id),
    override_reason          text,         -- encrypted; why it was sent without consent
    overridden_by            uuid,
    note                     text,         -- encrypted; the referrer's note to the provider
    status                   varchar(10)   not null
        check (status in ('sent', 'accepted', 'declined', 'delivered', 'closed', 'revoked')),
    referred_by              uuid          not null,
    referrer_organisation_id uuid,
    sent_at                  timestamptz   not null,
    due_at                   timestamptz   not null,
    answered_at              timestamptz,
    decline_reason           text,         -- encrypted
    delivered_at             timestamptz,
    delivery_note            text,         -- encrypted
    closed_at                timestamptz,
    close_reason             text,         -- encrypted
    revoked_at               timestamptz,
    version                  integer       not null default 0,
    -- Never sent without a recorded consent or an override's reason.
    check (consent_id is not null or (override_reason is not null and overridden_by is not null)),
    check (status <> 'declined' or decline_reason is not null)
);
-- The provider's inbox: filtered by status and urgency (either may be absent), sorted by due time; each filter
-- combination reads one index range already in order, and counts from the index alone.
create index referrals_inbox_status_urgency
    on referrals_referral (provider_organisation_id, status, urgency, due_at, id);
create index referrals_inbox_status on referrals_referral (provider_organisation_id, status, due_at, id);
create index referrals_inbox on referrals_referral (provider_organisation_id, due_at, id);
-- The referring organisation's list and its overdue referrals.
create index referrals_by_referrer on referrals_referral (referrer_organisation_id, status, due_at);
create index referrals_by_case on referrals_referral (case_id);
create index referrals_by_consent on referrals_referral (consent_id) where consent_id is not null;
-- The supervisors' list of referrals sent without consent.
create index referrals_overrides on referrals_referral (case_organisation_id, sent_at)
    where override_reason is not null;
