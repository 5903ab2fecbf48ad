-- Each request keeps the SLA targets of its severity as they were when it was filed, so that ADMIN can change the
-- targets without changing the clocks (and the compliance report) of requests already filed.
alter table as_request add column sla_first_response_minutes integer;
alter table as_request add column sla_resolution_minutes integer;
update as_request set
    sla_first_response_minutes = (select t.first_response_minutes from as_sla_target t where t.severity = as_request.severity),
    sla_resolution_minutes = (select t.resolution_minutes from as_sla_target t where t.severity = as_request.severity);
alter table as_request alter column sla_first_response_minutes set not null;
alter table as_request alter column sla_resolution_minutes set not null;
