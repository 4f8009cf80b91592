-- Evidence may live in a configured folder instead (agreement-tracker.evidence.folder): the row
-- keeps the facts and where the bytes are; content stays empty.
alter table evidence_file alter column content drop not null;
alter table evidence_file add column stored_as varchar(300);
alter table evidence_file add constraint evidence_file_has_content check (content is not null or stored_as is not null);
