-- Responses to creating requests sent with an Idempotency-Key, so that a retried request is answered with the first
-- response instead of being carried out twice. A row is inserted at the start of the request's transaction and
-- completed with the response before that transaction commits: a committed row always holds the response of a change
-- that committed with it, and a request still in progress is an uncommitted row that a concurrent twin cannot claim.
create table platform_idempotency_key
(
    id               bigint generated always as identity primary key,
    caller           text        not null,
    idempotency_key  text        not null,
    request_hash     char(64)    not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    response_status  integer,
    -- Selected response headers (Location, ETag, Content-Type...) as a JSON object of arrays.
    response_headers text,
    -- The response body, encrypted (context platform_idempotency_key.response_body): it may hold personal data.
    response_body    bytea,
    constraint platform_idempotency_key_once unique (caller, idempotency_key),
    constraint platform_idempotency_key_length check (length(idempotency_key) between 1 and 255)
);
create index platform_idempotency_key_by_expiry on platform_idempotency_key (expires_at);
