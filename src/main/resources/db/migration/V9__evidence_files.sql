-- Evidence files attached to an assessment, a delivery or a meeting's outcomes. The bytes live
-- here, beside the facts they support, so that a backup of the database holds both.
create table evidence_file (
    id           bigserial    primary key,
    agreement_id varchar(64)  not null references agreement (id),
    kind         varchar(16)  not null check (kind in ('ASSESSMENT', 'DELIVERY', 'MEETING')),
    supports_id  bigint       not null,
    file_name    varchar(200) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);

create index evidence_file_agreement on evidence_file (agreement_id, id);
