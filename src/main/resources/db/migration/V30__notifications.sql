-- The in-app inbox. Subjects and bodies are encrypted: later notifications speak of applications and referrals.
create table notifications_message
(
    id           uuid        not null primary key,
    recipient_id uuid        not null,
    template     text        not null,
    subject      text        not null,
    body         text        not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index notifications_message_inbox on notifications_message (recipient_id, created_at desc);
