-- Vulnerability screenings of a case. The answers and the result (needs and actions) are AES-GCM encrypted JSON
-- documents; the rating beside them is plain so that lists and dashboards can show it without decrypting.
create table screening_screening (
    id                    uuid        primary key,
    case_id               uuid        not null references cases_case (id),
    application_reference varchar(20),
    questionnaire_id      varchar(60) not null,
    questionnaire_version integer     not null,
    answers               text        not null,
    result                text        not null,
    rating                varchar(6)  not null check (rating in ('LOW', 'MEDIUM', 'HIGH')),
    screened_by           uuid        not null,
    screened_at           timestamptz not null
);

create index screening_screening_by_case on screening_screening (case_id, screened_at desc);
