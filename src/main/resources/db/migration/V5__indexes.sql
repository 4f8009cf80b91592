-- Indexes for the reads that grow with the portfolio (docs/benchmarks.md): which agreements a
-- party may see, and the per-agreement lookups of the detail and the roll-ups that foreign
-- keys alone do not index in PostgreSQL.
create index agreement_party_country on agreement_party (country, agreement_id);
create index commitment_area_area on commitment_area (area);
create index agenda_item_agreement on agenda_item (agreement_id);
create index escalation_agreement on escalation (agreement_id);
create index assessment_agreement on assessment (agreement_id, assessed_at);
create index deliverable_commitment on deliverable (commitment_id);
