-- Metadata of uploaded documents. Contents are files under the documents folder, named by id and encrypted.
-- A deleted document keeps its row (so the audit trail and other modules' references still resolve) without its
-- name and checksum; its file is removed.
create table documents_document (
    id            uuid primary key,
    owner_id      uuid        not null,
    purpose       varchar(32) not null,
    content_type  varchar(64) not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    -- FieldEncryption text, context documents_document.original_name
    original_name text,
    sha256        char(64),
    uploaded_at   timestamptz not null,
    deleted_at    timestamptz,
    constraint documents_document_live_has_content
        check (deleted_at is not null or (original_name is not null and sha256 is not null))
);

create index documents_document_by_owner on documents_document (owner_id, uploaded_at desc, id)
    where deleted_at is null;
