-- A renewal application names the permit it renews; its approval extends that permit instead of issuing a new one.
create table applications_renewal
(
    application_id uuid not null primary key references applications_application (id),
    permit_number  text not null
);
create index applications_renewal_by_permit on applications_renewal (permit_number);
