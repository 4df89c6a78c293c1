-- Lotse schema, version 1.
--
-- Tenancy: one shared schema. Every tenant-owned table carries tenant_id and is guarded by
-- PostgreSQL row-level security keyed on the per-transaction setting app.tenant_id (set with
-- set_config(..., true) at the start of each transaction). A query that forgets its tenant sees
-- no rows at all. FORCE makes the policies apply to the table owner too, which is the role the
-- platform connects as; that role must not be a superuser (superusers bypass RLS).

create table tenant (
    id                uuid        primary key,
    slug              text        not null unique
                                  check (slug ~ '^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$'),
    display_name      text        not null check (length(display_name) between 1 and 200),
    bot_name          text        not null check (length(bot_name) between 1 and 60),
    default_language  text        not null,
    enabled_languages text[]      not null,
    greetings         jsonb       not null default '{}',
    branding          jsonb       not null default '{}',
    handoff           jsonb       not null default '{}',
    allowed_origins   text[]      not null default '{}',
    privacy_url       text,
    thresholds        jsonb,
    status            text        not null check (status in ('pending', 'active', 'suspended')),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check (default_language = any (enabled_languages))
);

-- The function every policy uses: the transaction's tenant, or NULL when none is set.
create function lotse_current_tenant() returns uuid
    language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create table kb_category (
    id        uuid  primary key,
    tenant_id uuid  not null references tenant (id),
    key       text  not null check (key ~ '^[a-z0-9-]{1,64}$'),
    titles    jsonb not null,
    position  int   not null,
    unique (tenant_id, key)
);

create table kb_entry (
    id                 uuid        primary key,
    tenant_id          uuid        not null references tenant (id),
    key                text        not null check (key ~ '^[a-z0-9-]{1,64}$'),
    current_revision   int         not null,
    published_revision int,
    deleted            boolean     not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (tenant_id, key),
    unique (tenant_id, id)
);

-- Append-only history: every change of an entry's content is a new revision.
create table kb_entry_revision (
    id         uuid        primary key,
    tenant_id  uuid        not null,
    entry_id   uuid        not null,
    revision   int         not null,
    content    jsonb       not null,
    change     text        not null check (change in ('created', 'updated', 'imported', 'deleted', 'restored')),
    changed_by text        not null,
    changed_at timestamptz not null,
    unique (entry_id, revision),
    foreign key (tenant_id, entry_id) references kb_entry (tenant_id, id)
);

create table kb_synonyms (
    id        uuid  primary key,
    tenant_id uuid  not null references tenant (id),
    language  text  not null,
    groups    jsonb not null,
    unique (tenant_id, language)
);

create table audit_log (
    id        bigserial   primary key,
    tenant_id uuid        not null references tenant (id),
    at        timestamptz not null,
    actor     text        not null,
    action    text        not null,
    target    text,
    detail    jsonb       not null default '{}'
);
create index audit_log_tenant_at on audit_log (tenant_id, at desc);

-- One row per citizen question. The question is stored only after PII scrubbing; no IP address,
-- no user agent. Rows are purged after the retention period; aggregates live elsewhere.
create table chat_message (
    id                uuid        primary key,
    tenant_id         uuid        not null references tenant (id),
    conversation_id   uuid        not null,
    created_at        timestamptz not null,
    language          text        not null,
    type              text        not null check (type in ('answer', 'clarify', 'fallback')),
    entry_key         text,
    score             real        not null,
    latency_ms        real        not null,
    question          text        not null,
    helpful           boolean,
    feedback_comment  text,
    feedback_at       timestamptz
);
create index chat_message_tenant_created on chat_message (tenant_id, created_at);
create index chat_message_created on chat_message (created_at);

-- Daily totals that outlive the raw rows: the retention job rolls purged messages up into them.
create table chat_daily_totals (
    tenant_id uuid not null references tenant (id),
    day       date not null, -- calendar day in Europe/Berlin
    language  text not null,
    type      text not null,
    entry_key text not null default '',
    questions int  not null,
    helpful   int  not null,
    unhelpful int  not null,
    primary key (tenant_id, day, language, type, entry_key)
);

do $$
declare
    t text;
begin
    foreach t in array array['kb_category', 'kb_entry', 'kb_entry_revision', 'kb_synonyms',
                             'audit_log', 'chat_message', 'chat_daily_totals']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I
                          using (tenant_id = lotse_current_tenant())
                          with check (tenant_id = lotse_current_tenant())', t);
    end loop;
end
$$;
