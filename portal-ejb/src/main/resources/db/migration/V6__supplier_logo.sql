-- A supplier's logo, checked by content on upload (PNG, JPEG or GIF, at most 512 KiB), kept apart from the
-- profile row; the profile records when it last changed, for the public page's image URL.
alter table supplier_profile add column logo_updated_at timestamp with time zone;

create table supplier_logo (
    supplier_id   bigint       primary key references supplier_profile (id),
    content_type  varchar(40)  not null,
    image         bytea        not null,
    width         integer      not null,
    height        integer      not null,
    updated_at    timestamp with time zone not null,
    version       bigint       default 0 not null
);
