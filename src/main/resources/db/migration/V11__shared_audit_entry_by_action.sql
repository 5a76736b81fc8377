-- Auditors filter the trail by action, newest first.
create index audit_entry_by_action on audit_entry (action, sequence);
