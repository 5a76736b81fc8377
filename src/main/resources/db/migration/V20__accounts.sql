-- Organisations and the people who sign in. Personal data (e-mail, name, second-factor secret) is stored encrypted;
-- an account is found by the keyed blind index of its normalised e-mail address.
create table accounts_organisation
(
    id         uuid        not null primary key,
    name       text        not null,
    kind       text        not null,
    created_at timestamptz not null,
    version    int         not null default 0
);
create unique index accounts_organisation_name on accounts_organisation (lower(name));

create table accounts_account
(
    id                 uuid        not null primary key,
    email_index        text        not null,
    email              text        not null,
    display_name       text        not null,
    password_hash      text,
    status             text        not null,
    organisation_id    uuid references accounts_organisation (id),
    preferred_language text        not null,
    totp_secret        text,
    totp_enrolled_at   timestamptz,
    totp_last_step     bigint,
    created_at         timestamptz not null,
    confirmed_at       timestamptz,
    version            int         not null default 0,
    constraint accounts_account_email_index unique (email_index),
    constraint accounts_account_status check (status in ('PENDING_CONFIRMATION', 'ACTIVE', 'DISABLED'))
);
create index accounts_account_by_organisation on accounts_account (organisation_id);

create table accounts_account_role
(
    account_id uuid not null references accounts_account (id),
    role       text not null,
    primary key (account_id, role)
);

-- One-time links sent by e-mail (confirm an address, set or reset a password). Only a hash of the token is kept.
create table accounts_token
(
    id         uuid        not null primary key,
    account_id uuid        not null references accounts_account (id),
    purpose    text        not null,
    token_hash text        not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index accounts_token_by_account on accounts_token (account_id, purpose);

-- Failed sign-in attempts per subject (an account's blind index, or a keyed hash of the client address).
create table accounts_sign_in_failure
(
    subject          text        not null primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);
