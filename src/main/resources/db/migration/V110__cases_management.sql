-- Case management (C4): who owned and was in charge of a case at each step, tasks with due dates, approvals,
-- notes with a sensitivity level, and transfers to another organisation.

-- Rows of these tables can only be added: history and decisions are never rewritten.
create function cases_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

-- A snapshot of the owning organisation and the officer in charge after each step (opened, assigned, transfer
-- requested, transferred, transfer declined), with who took the step and why.
create table cases_ownership (
    id              uuid         primary key,
    case_id         uuid         not null references cases_case (id),
    step            varchar(30)  not null check (step in ('OPENED', 'ASSIGNED', 'TRANSFER_REQUESTED', 'TRANSFERRED',
                                                           'TRANSFER_DECLINED')),
    organisation_id uuid         not null references accounts_organisation (id),
    assigned_to     uuid         references accounts_account (id),
    taken_by        uuid         references accounts_account (id),
    reason          varchar(500),
    taken_at        timestamptz  not null
);
create index cases_ownership_by_case on cases_ownership (case_id, taken_at);
create trigger cases_ownership_no_update_or_delete before update or delete on cases_ownership
    for each row execute function cases_is_append_only();
create trigger cases_ownership_no_truncate before truncate on cases_ownership
    for each statement execute function cases_is_append_only();

create table cases_task (
    id           uuid         primary key,
    case_id      uuid         not null references cases_case (id),
    title        varchar(200) not null,
    due_date     date         not null,
    assigned_to  uuid         not null references accounts_account (id),
    created_by   uuid         not null references accounts_account (id),
    created_at   timestamptz  not null,
    completed_at timestamptz,
    completed_by uuid         references accounts_account (id),
    version      bigint       not null default 0,
    check ((completed_at is null) = (completed_by is null))
);
create index cases_task_open_by_assignee on cases_task (assigned_to, due_date) where completed_at is null;
create index cases_task_by_case on cases_task (case_id, due_date);

-- Approvals: a request, then at most one decision by someone else. Maker-checker is in the schema: a decision row
-- repeats the requester (checked against the request by the foreign key) and may not be theirs.
create table cases_approval (
    id           uuid         primary key,
    case_id      uuid         not null references cases_case (id),
    request_id   uuid         not null,
    entry        varchar(20)  not null check (entry in ('REQUESTED', 'APPROVED', 'REJECTED')),
    subject      varchar(200),
    comment      varchar(1000),
    actor        uuid         not null references accounts_account (id),
    requested_by uuid         not null,
    recorded_at  timestamptz  not null,
    unique (id, actor, case_id),
    foreign key (request_id, requested_by, case_id) references cases_approval (id, actor, case_id),
    check (entry = 'REQUESTED' and request_id = id and actor = requested_by and subject is not null
        or entry <> 'REQUESTED' and request_id <> id and actor <> requested_by)
);
create unique index cases_approval_one_decision on cases_approval (request_id) where entry <> 'REQUESTED';
create index cases_approval_by_case on cases_approval (case_id, recorded_at);
create trigger cases_approval_no_update_or_delete before update or delete on cases_approval
    for each row execute function cases_is_append_only();
create trigger cases_approval_no_truncate before truncate on cases_approval
    for each statement execute function cases_is_append_only();

-- Notes: the text is AES-GCM encrypted (context cases_note.body). A restricted note is for the author's
-- organisation and child protection; the author's organisation is kept as it was when the note was written.
create table cases_note (
    id                  uuid        primary key,
    case_id             uuid        not null references cases_case (id),
    sensitivity         varchar(20) not null check (sensitivity in ('NORMAL', 'RESTRICTED')),
    body                text        not null,
    author              uuid        not null references accounts_account (id),
    author_organisation uuid        not null references accounts_organisation (id),
    written_at          timestamptz not null
);
create index cases_note_by_case on cases_note (case_id, written_at);

create table cases_transfer (
    id                uuid         primary key,
    case_id           uuid         not null references cases_case (id),
    from_organisation uuid         not null references accounts_organisation (id),
    to_organisation   uuid         not null references accounts_organisation (id),
    service           varchar(40)  not null,
    reason            varchar(500) not null,
    requested_by      uuid         not null references accounts_account (id),
    requested_at      timestamptz  not null,
    status            varchar(20)  not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    decided_by        uuid         references accounts_account (id),
    decided_at        timestamptz,
    decline_reason    varchar(500),
    version           bigint       not null default 0,
    check (from_organisation <> to_organisation),
    check ((status = 'PENDING') = (decided_by is null)),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create unique index cases_transfer_one_pending on cases_transfer (case_id) where status = 'PENDING';
create index cases_transfer_pending_in on cases_transfer (to_organisation) where status = 'PENDING';
create index cases_transfer_pending_out on cases_transfer (from_organisation) where status = 'PENDING';
