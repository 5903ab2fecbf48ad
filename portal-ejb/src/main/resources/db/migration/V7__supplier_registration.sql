-- Supplier registration review (공급기업 등록 심사): a supplier is listed in the directory only once staff have
-- checked its business registration certificate. SQL common to H2 and PostgreSQL.
alter table supplier_profile add column registration_status varchar(20) default 'DRAFT' not null;
alter table supplier_profile add column certificate_id bigint;
alter table supplier_profile add column submitted_at timestamp with time zone;
alter table supplier_profile add column decided_at timestamp with time zone;
alter table supplier_profile add column decided_by varchar(254);
alter table supplier_profile add column decision_note varchar(1000);

-- Suppliers that came from the registry (imported by staff: no member account of their own, or histories with a
-- registry reference) were checked there; they stay listed. Sign-ups never checked wait for review.
update supplier_profile set registration_status = 'APPROVED', decided_by = 'system:registry-import'
 where not exists (select 1 from user_account a where a.company_id = supplier_profile.company_id)
    or exists (select 1 from build_history h where h.supplier_id = supplier_profile.id and h.legacy_ref is not null);

create index ix_supplier_profile_registration on supplier_profile (registration_status, submitted_at);
