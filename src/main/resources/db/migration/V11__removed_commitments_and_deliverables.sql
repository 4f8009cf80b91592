-- A re-imported file may drop a commitment or a deliverable. Its row stays, with when, by whom and
-- why, so its assessments, deliveries and history keep their meaning; every list leaves it out.
alter table commitment add column removed_at timestamptz;
alter table commitment add column removed_by varchar(64);
alter table commitment add column removed_because varchar(500);

alter table deliverable add column removed_at timestamptz;
alter table deliverable add column removed_by varchar(64);
alter table deliverable add column removed_because varchar(500);
