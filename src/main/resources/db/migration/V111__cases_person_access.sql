-- A person's own access to their protection case: staff give the person a one-time code (on paper, by voice); the
-- person enters it while signed in to their own account, which links the case to that account, so that they can see
-- the referrals made for them and the consents recorded, and withdraw a consent. Only a SHA-256 hash of the code is
-- kept. One row per case: a new code replaces the unused one, and a later link replaces the earlier account.
create table cases_person_access (
    case_id        uuid        primary key references cases_case (id),
    code_hash      bytea,
    code_expires   timestamptz,
    code_issued_by uuid        references accounts_account (id),
    account_id     uuid        references accounts_account (id),
    linked_at      timestamptz,
    check ((code_hash is null) = (code_expires is null)),
    check ((account_id is null) = (linked_at is null))
);

create unique index cases_person_access_by_code on cases_person_access (code_hash) where code_hash is not null;
create index cases_person_access_by_account on cases_person_access (account_id) where account_id is not null;
