-- Agreements and their negotiation, up to the signed memorandum. Engine ids are kept as plain
-- text without foreign keys: the engine owns its tables and may remove history (ADR 3).

create table agreement (
    id                    varchar(64)  primary key,
    title                 varchar(300) not null,
    instrument_type       varchar(32)  not null,
    date_signed           date         not null,
    lead_party            varchar(2)   not null,
    status                varchar(32)  not null,
    final_text_due_stated varchar(200),
    final_text_due        date         not null,
    hard_deadline         date         not null,
    max_review_rounds     integer      not null check (max_review_rounds between 1 and 20),
    review_round          integer      not null default 0,
    process_instance_id   varchar(64),
    created_by            varchar(64)  not null,
    created_at            timestamptz  not null default now(),
    check (final_text_due >= date_signed),
    check (hard_deadline >= final_text_due)
);

create table agreement_party (
    agreement_id varchar(64)  not null references agreement (id) on delete cascade,
    position     integer      not null,
    name         varchar(200) not null,
    country      varchar(2),
    role         varchar(16)  not null,
    primary key (agreement_id, position)
);

create table agreement_area (
    agreement_id varchar(64) not null references agreement (id) on delete cascade,
    area         varchar(48) not null,
    primary key (agreement_id, area)
);

create table commitment (
    id           bigserial    primary key,
    agreement_id varchar(64)  not null references agreement (id) on delete cascade,
    position     integer      not null,
    text         varchar(2000) not null check (length(trim(text)) > 0),
    unique (agreement_id, position)
);

create table commitment_area (
    commitment_id bigint      not null references commitment (id) on delete cascade,
    area          varchar(48) not null,
    primary key (commitment_id, area)
);

create table memorandum_draft (
    agreement_id   varchar(64)   not null references agreement (id) on delete cascade,
    round          integer       not null,
    document_ref   varchar(500)  not null,
    summary        varchar(4000) not null,
    drafted_by     varchar(64)   not null,
    drafted_at     timestamptz   not null default now(),
    primary key (agreement_id, round)
);

create table memorandum_review (
    agreement_id varchar(64)   not null references agreement (id) on delete cascade,
    round        integer       not null,
    party        varchar(2)    not null,
    decision     varchar(24)   not null,
    comments     varchar(4000),
    reviewed_by  varchar(64)   not null,
    reviewed_at  timestamptz   not null default now(),
    primary key (agreement_id, round, party)
);

create table memorandum_signature (
    agreement_id varchar(64)   primary key references agreement (id) on delete cascade,
    signed_on    date          not null,
    place        varchar(200)  not null,
    signatories  varchar(2000) not null,
    document_ref varchar(500)  not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null default now()
);

-- Append-only: who changed an agreement's status, when, and why.
create table status_change (
    id           bigserial    primary key,
    agreement_id varchar(64)  not null references agreement (id),
    status       varchar(32)  not null,
    note         varchar(2000),
    changed_by   varchar(64)  not null,
    changed_at   timestamptz  not null default now()
);

create index status_change_agreement on status_change (agreement_id, changed_at);

create function status_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'status_change is append-only: % is not allowed', tg_op;
end;
$$;

create trigger status_change_append_only
    before update or delete on status_change
    for each row execute function status_change_is_append_only();
