-- An office's logo for the chat widget, uploaded through the admin API. Checked before it is
-- stored: PNG or JPEG by their headers, SVG parsed and re-written without anything that could run
-- a script or load something from elsewhere.
create table tenant_logo (
    tenant_id    uuid        primary key references tenant (id),
    content_type text        not null check (content_type in ('image/png', 'image/jpeg', 'image/svg+xml')),
    content      bytea       not null,
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width        int,
    height       int,
    updated_at   timestamptz not null,
    updated_by   text        not null
);

alter table tenant_logo enable row level security;
alter table tenant_logo force row level security;
create policy tenant_isolation on tenant_logo
    using (tenant_id = lotse_current_tenant())
    with check (tenant_id = lotse_current_tenant());
