-- Parties live here from now on: the configuration seeds them, managers register more.
-- Codes may now be an organisation's short name (unhcr, interpol), up to 20 characters.
create table party (
    code       varchar(20)  primary key,
    name       varchar(200) not null,
    name_es    varchar(200),
    language   varchar(2)   not null,
    kind       varchar(16)  not null check (kind in ('COUNTRY', 'ORGANISATION')),
    created_by varchar(64)  not null,
    created_at timestamptz  not null
);

alter table agreement alter column lead_party type varchar(20);
alter table agreement_party alter column country type varchar(20);
alter table memorandum_review alter column party type varchar(20);
alter table action_item alter column owner_party type varchar(20);
alter table deliverable alter column owner_party type varchar(20);
