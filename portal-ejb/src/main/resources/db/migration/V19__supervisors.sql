-- 감리: an external expert of the evaluator pool appointed by staff to inspect one project (refused when tied to the
-- SME or the supplier); the appointed expert records inspections and follows up the corrective actions.
alter table project add column supervisor_id bigint references user_account (id);
alter table project add column supervisor_appointed_at timestamp with time zone;
alter table project add column supervisor_appointed_by varchar(254);
create index ix_project_supervisor on project (supervisor_id);
