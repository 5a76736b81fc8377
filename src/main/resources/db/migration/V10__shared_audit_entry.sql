-- The audit trail: append-only, each entry chained to the previous one by a SHA-256 hash, sequence without gaps.
create table audit_entry
(
    sequence      bigint      not null primary key,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    record_type   text        not null,
    record_id     text,
    purpose       text        not null,
    details       text        not null,
    previous_hash char(64)    not null,
    hash          char(64)    not null
);
create index audit_entry_by_record on audit_entry (record_type, record_id);
create index audit_entry_by_actor on audit_entry (actor, occurred_at);

-- Entries can only be added. Changing or removing one needs a superuser to disable this trigger first, and the chain
-- verification still shows where it happened.
create function audit_entry_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
