-- Feedback inbox: which group each question belongs to, and what editors decided about groups.
--
-- The questions themselves stay in chat_message (scrubbed) and go with it when the retention job
-- purges it; the inbox reads them from there. A decision names its group by a hash of the group's
-- analysed terms (see de.lotse.answer.QuestionGroupKey), so these rows hold no citizen's words and
-- may outlive the purge: a dismissed group stays dismissed when the question comes back.
create table feedback_group_decision (
    tenant_id  uuid        not null references tenant (id),
    group_id   text        not null check (group_id ~ '^[0-9a-f]{32}$'),
    status     text        not null check (status in ('dismissed', 'resolved')),
    action     text        not null check (action in ('dismissed', 'sample-question', 'entry-created')),
    entry_key  text,
    language   text,
    decided_at timestamptz not null,
    decided_by text        not null,
    primary key (tenant_id, group_id),
    check ((status = 'resolved') = (entry_key is not null))
);

alter table feedback_group_decision enable row level security;
alter table feedback_group_decision force row level security;
create policy tenant_isolation on feedback_group_decision
    using (tenant_id = lotse_current_tenant())
    with check (tenant_id = lotse_current_tenant());

-- Which group each question of the inbox belongs to, and the language it is written in: worked
-- out once (by the answer engine's analysis, the costly part of reading the inbox) when the inbox
-- first shows the question, and kept, so that a question stays in its group even when the office's
-- vocabulary changes later. Deleted with the question by the retention purge.
create table feedback_question_group (
    message_id uuid primary key references chat_message (id) on delete cascade,
    tenant_id  uuid not null references tenant (id),
    group_id   text not null check (group_id ~ '^[0-9a-f]{32}$'),
    language   text not null
);
create index feedback_question_group_tenant on feedback_question_group (tenant_id, group_id);

alter table feedback_question_group enable row level security;
alter table feedback_question_group force row level security;
create policy tenant_isolation on feedback_question_group
    using (tenant_id = lotse_current_tenant())
    with check (tenant_id = lotse_current_tenant());

-- The inbox reads an office's unhelpful and fallback questions of a period; they are a small part
-- of the log.
create index chat_message_feedback on chat_message (tenant_id, created_at)
    where helpful = false or type = 'fallback';
