-- After signature: meetings and their action items, deliverables, assessments of commitments,
-- indicator values and escalations.

alter table agreement add column end_date date;
alter table agreement add column senior_meeting_cadence varchar(500);
alter table agreement add column working_meeting_cadence varchar(500);

alter table commitment add column status varchar(16) not null default 'NOT_STARTED';

create table meeting (
    id                  bigserial    primary key,
    agreement_id        varchar(64)  not null references agreement (id),
    level               varchar(16)  not null,
    sequence            integer      not null,
    ad_hoc              boolean      not null default false,
    planned_for         timestamptz,
    scheduled_for       timestamptz,
    venue               varchar(300),
    virtual_meeting     boolean,
    participants        varchar(2000),
    status              varchar(16)  not null,
    minutes             varchar(8000),
    decisions           varchar(4000),
    attendance          varchar(2000),
    process_instance_id varchar(64),
    unique (agreement_id, level, sequence)
);

create table action_item (
    id           bigserial     primary key,
    agreement_id varchar(64)   not null references agreement (id),
    meeting_id   bigint        references meeting (id),
    description  varchar(2000) not null,
    owner_party  varchar(2)    not null,
    due_date     date          not null,
    status       varchar(16)   not null,
    outcome      varchar(4000),
    completed_by varchar(64),
    completed_at timestamptz
);

create index action_item_agreement on action_item (agreement_id, status, due_date);

-- Items raised for the next senior-level meeting by an escalation.
create table agenda_item (
    id           bigserial     primary key,
    agreement_id varchar(64)   not null references agreement (id),
    text         varchar(2000) not null,
    source_kind  varchar(32)   not null,
    source_id    bigint,
    raised_at    timestamptz   not null,
    meeting_id   bigint        references meeting (id)
);

create table deliverable (
    id            bigserial     primary key,
    agreement_id  varchar(64)   not null references agreement (id),
    commitment_id bigint        not null references commitment (id),
    kind          varchar(32)   not null,
    title         varchar(300)  not null,
    owner_party   varchar(2)    not null,
    due_date      date          not null,
    target        numeric(14, 2),
    status        varchar(16)   not null,
    plan          jsonb,
    delivery      jsonb,
    starts_on     date,
    delivered_on  date
);

create index deliverable_agreement on deliverable (agreement_id, status, due_date);

create table assessment (
    id              bigserial     primary key,
    agreement_id    varchar(64)   not null references agreement (id),
    commitment_id   bigint        not null references commitment (id),
    status          varchar(16)   not null,
    evidence_ref    varchar(500)  not null,
    evidence_source varchar(300)  not null,
    reliability     varchar(16)   not null,
    note            varchar(4000),
    assessed_by     varchar(64)   not null,
    assessed_at     timestamptz   not null,
    review_decision varchar(16),
    review_note     varchar(4000),
    reviewed_by     varchar(64),
    reviewed_at     timestamptz
);

create index assessment_commitment on assessment (commitment_id, assessed_at);

create table indicator_value (
    id           bigserial     primary key,
    agreement_id varchar(64)   not null references agreement (id),
    indicator    varchar(64)   not null,
    value        numeric(18, 2) not null,
    unit         varchar(32)   not null,
    qualifier    varchar(16)   not null,
    period       varchar(100)  not null,
    source       varchar(300)  not null,
    reported_by  varchar(64)   not null,
    reported_at  timestamptz   not null
);

create index indicator_value_agreement on indicator_value (agreement_id, indicator);

create table escalation (
    id           bigserial    primary key,
    agreement_id varchar(64)  not null references agreement (id),
    item_kind    varchar(32)  not null,
    item_id      bigint,
    days_overdue integer      not null,
    actions      varchar(200) not null,
    raised_at    timestamptz  not null
);
