-- Self-onboarding: offices that signed up and wait for (or got) a platform operator's decision.
--
-- Not tenant-owned: a sign-up exists before its office does, and only the platform's operators
-- read these rows. A pending sign-up reserves its slug and its e-mail domain; a decided one no
-- longer does, so a rejected request blocks nobody. The office (tenant row) is created when an
-- operator approves, first as pending and made active once everything it needs exists.

create table office_signup (
    id                 uuid        primary key,
    slug               text        not null
                                   check (slug ~ '^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$'),
    office_name        text        not null check (length(office_name) between 3 and 200),
    email_domain       text        not null check (length(email_domain) between 4 and 253),
    contact_first_name text        not null check (length(contact_first_name) between 1 and 100),
    contact_last_name  text        not null check (length(contact_last_name) between 1 and 100),
    contact_email      text        not null check (length(contact_email) between 6 and 254),
    status             text        not null check (status in ('pending', 'approved', 'rejected')),
    created_at         timestamptz not null,
    tenant_id          uuid        references tenant (id),
    template           text,
    decided_by         text,
    decided_at         timestamptz,
    rejection_reason   text        check (length(rejection_reason) <= 2000),
    check ((status = 'pending') = (decided_at is null))
);

create unique index office_signup_pending_slug on office_signup (slug) where status = 'pending';
create unique index office_signup_pending_domain on office_signup (email_domain)
    where status = 'pending';
create index office_signup_created on office_signup (created_at desc);
