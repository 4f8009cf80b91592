-- What an agreement file brings beyond the forms: assumptions made when writing it, and
-- indicator targets.

alter table agreement add column assumptions varchar(4000);

create table indicator_target (
    agreement_id varchar(64)    not null references agreement (id),
    indicator    varchar(64)    not null,
    target       numeric(18, 2) not null,
    unit         varchar(32)    not null,
    qualifier    varchar(16)    not null,
    primary key (agreement_id, indicator)
);
