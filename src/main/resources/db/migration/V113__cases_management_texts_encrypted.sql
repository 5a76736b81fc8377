-- Case management's free texts are encrypted from now on (AES-GCM, context table.column, text 'v1:...'): task titles,
-- ownership reasons, approval subjects and comments, transfer and decline reasons. Ciphertext is longer than the text
-- it holds, so the columns become text; the lengths people may write are checked by the application as before.
-- Existing rows are encrypted by the next migration (V114, CaseManagementTextSealing, in Java: it needs the key ring).
alter table cases_task alter column title type text;
alter table cases_ownership alter column reason type text;
alter table cases_approval alter column subject type text;
alter table cases_approval alter column comment type text;
alter table cases_transfer alter column reason type text;
alter table cases_transfer alter column decline_reason type text;

-- Ownership steps and approvals stay append-only, except that their texts may be sealed (plain text to ciphertext,
-- once) and re-encrypted under a new key (key rotation): an update that changes nothing else and where every text it
-- changes becomes a ciphertext. Anything else is refused as before.
create function cases_ownership_append_only() returns trigger language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and (new.id, new.case_id, new.step, new.organisation_id, new.assigned_to, new.taken_by, new.taken_at)
            is not distinct from
            (old.id, old.case_id, old.step, old.organisation_id, old.assigned_to, old.taken_by, old.taken_at)
        and (old.reason is null) = (new.reason is null)
        and (new.reason is null or new.reason like 'v1:%') then
        return new;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

create function cases_approval_append_only() returns trigger language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
        and (new.id, new.case_id, new.request_id, new.entry, new.actor, new.requested_by, new.recorded_at)
            is not distinct from
            (old.id, old.case_id, old.request_id, old.entry, old.actor, old.requested_by, old.recorded_at)
        and (old.subject is null) = (new.subject is null)
        and (new.subject is not distinct from old.subject or new.subject like 'v1:%')
        and (old.comment is null) = (new.comment is null)
        and (new.comment is not distinct from old.comment or new.comment like 'v1:%') then
        return new;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

drop trigger cases_ownership_no_update_or_delete on cases_ownership;
create trigger cases_ownership_no_update_or_delete before update or delete on cases_ownership
    for each row execute function cases_ownership_append_only();
drop trigger cases_approval_no_update_or_delete on cases_approval;
create trigger cases_approval_no_update_or_delete before update or delete on cases_approval
    for each row execute function cases_approval_append_only();
