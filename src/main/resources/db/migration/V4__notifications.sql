-- Mails sent, so that each reminder goes out once, whichever node sends it; and the tokens of
-- the personal calendar feeds.

create table notification_sent (
    subject_id varchar(64) not null,
    kind       varchar(32) not null,
    sent_at    timestamptz not null,
    primary key (subject_id, kind)
);

create table calendar_token (
    user_id    varchar(64)  primary key,
    token      varchar(64)  not null unique,
    created_at timestamptz  not null
);
