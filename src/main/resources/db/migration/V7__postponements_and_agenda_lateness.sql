-- Every postponement of a deliverable, kept: the forms that plan or confirm it again show
-- its history (the deliverable's own row keeps only the latest state).
create table deliverable_postponement (
    id             bigserial     primary key,
    deliverable_id bigint        not null references deliverable (id),
    due_date       date          not null,
    reason         varchar(4000) not null,
    postponed_by   varchar(64)   not null,
    postponed_at   timestamptz   not null default now()
);

create index deliverable_postponement_deliverable on deliverable_postponement (deliverable_id, postponed_at);

-- An agenda item's lateness when it was raised, so that forms tell it in the reader's
-- language (the text used to carry it in English).
alter table agenda_item add column days_overdue integer;
