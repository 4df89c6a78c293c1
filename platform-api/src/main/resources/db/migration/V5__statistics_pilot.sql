-- Statistics across offices (issue 7): the ministry's view reads the aggregates of every office in
-- one transaction, with set-based queries, instead of visiting the offices one by one; daily
-- summaries and a topic index keep what was expensive to compute per request.
--
-- Row-level security stays in force. A pilot transaction sets no app.tenant_id, so every table's
-- tenant_isolation policy shows it nothing; it sets app.pilot_tenants to the offices it may read
-- (de.lotse.shared.TenantScope#readAcross), and only two tables below get a read-only policy for
-- that setting: the daily summaries and the topic index, which hold no question or comment. The
-- raw conversation log, the hourly rows with their entries, the knowledge base and everything
-- else stay invisible to it.

-- The offices of the current pilot transaction, or NULL when none are set (matches no row).
create function lotse_pilot_tenants() returns uuid[]
    language sql stable
as $$ select nullif(current_setting('app.pilot_tenants', true), '')::uuid[] $$;

-- Each hour's Berlin day and hour of the week (0 = Monday 0:00), stored with the row, so that
-- summing by them costs no time-zone conversion per row. Both expressions are immutable (a fixed
-- zone name).
alter table stats_hourly
    add column local_day date generated always as ((hour at time zone 'Europe/Berlin')::date) stored,
    add column week_hour smallint generated always as (
        ((extract(isodow from hour at time zone 'Europe/Berlin') - 1) * 24
         + extract(hour from hour at time zone 'Europe/Berlin'))::smallint) stored;
create index stats_hourly_tenant_day on stats_hourly (tenant_id, local_day);

-- Daily summaries of stats_hourly: per office, Berlin day and decision one row with everything
-- the figures need except the entries, so that a range reads one row per office, day and decision
-- instead of one per hour, language and entry (at the pilot's volumes the hourly rows are nearly
-- as many as the questions). Derived from stats_hourly alone by lotse_stats_daily below, which
-- the roll-up calls for the days of the hours it recomputes; so they too survive the purge.
create table stats_daily (
    tenant_id     uuid  not null references tenant (id),
    day           date  not null, -- Europe/Berlin
    decision      text  not null check (decision in ('answer', 'clarify', 'fallback')),
    questions     int   not null,
    conversations int   not null,
    helpful       int   not null,
    unhelpful     int   not null,
    by_hour       int[] not null, -- questions per Berlin hour of the day, 0 to 23
    latency       int[] not null, -- the day's latency histogram (buckets as in stats_hourly)
    -- {"de": [questions, conversations, helpful, unhelpful], ...}
    languages     jsonb not null,
    -- the same per category of the answering entry (answers only; '' left out)
    categories    jsonb not null,
    primary key (tenant_id, day, decision)
);

-- Recomputes the office's summaries of these days from stats_hourly (delete, then insert: running
-- it again gives the same rows). Runs with the caller's rights, under row-level security.
create function lotse_stats_daily(office uuid, days date[]) returns void
    language sql
as $$
    delete from stats_daily where tenant_id = office and day = any (days);
    insert into stats_daily (tenant_id, day, decision, questions, conversations, helpful,
                             unhelpful, by_hour, latency, languages, categories)
    select office, d.day, d.decision, d.questions, d.conversations, d.helpful, d.unhelpful,
           (select array_agg(coalesce(x.questions, 0) order by h.hour)
              from generate_series(0, 23) as h (hour)
              left join (select s.week_hour % 24 as hour, sum(s.questions)::int as questions
                           from stats_hourly s
                          where s.tenant_id = office and s.local_day = d.day
                            and s.decision = d.decision
                          group by 1) x on x.hour = h.hour),
           (select array_agg(x.count order by x.bucket)
              from (select b.bucket, sum(b.count)::int as count
                      from stats_hourly s,
                           unnest(s.latency_buckets) with ordinality as b (count, bucket)
                     where s.tenant_id = office and s.local_day = d.day
                       and s.decision = d.decision
                     group by 1) x),
           (select jsonb_object_agg(x.language, jsonb_build_array(x.questions, x.conversations,
                                                                  x.helpful, x.unhelpful))
              from (select s.language, sum(s.questions) as questions,
                           sum(s.conversations) as conversations, sum(s.helpful) as helpful,
                           sum(s.unhelpful) as unhelpful
                      from stats_hourly s
                     where s.tenant_id = office and s.local_day = d.day
                       and s.decision = d.decision
                     group by 1) x),
           coalesce((select jsonb_object_agg(x.category, jsonb_build_array(x.questions,
                                                 x.conversations, x.helpful, x.unhelpful))
                       from (select s.category, sum(s.questions) as questions,
                                    sum(s.conversations) as conversations,
                                    sum(s.helpful) as helpful, sum(s.unhelpful) as unhelpful
                               from stats_hourly s
                              where s.tenant_id = office and s.local_day = d.day
                                and s.decision = d.decision and s.category <> ''
                              group by 1) x), '{}')
      from (select s.local_day as day, s.decision, sum(s.questions)::int as questions,
                   sum(s.conversations)::int as conversations, sum(s.helpful)::int as helpful,
                   sum(s.unhelpful)::int as unhelpful
              from stats_hourly s
             where s.tenant_id = office and s.local_day = any (days)
             group by 1, 2) d;
$$;

-- The topic index: for each unanswered (fallback) or unhelpful (rated so) question still in the
-- raw log, the stems and words that topic grouping works with (de.lotse.stats.TopicGrouping),
-- worked out once by the roll-up rather than on every request. No question text: its words only,
-- lower-cased, without the scrubber's placeholders and filler words. Deleted with the question by
-- the retention purge, so topics reach back exactly as far as the raw log.
create table stats_topic_question (
    message_id      uuid        primary key references chat_message (id) on delete cascade,
    tenant_id       uuid        not null references tenant (id),
    asked_at        timestamptz not null,
    conversation_id uuid        not null,
    unanswered      boolean     not null, -- the bot handed the question to the staff
    unhelpful       boolean     not null, -- the citizen rated the answer unhelpful
    signature       text        not null, -- the sorted stems, separated by spaces
    words           text[]      not null  -- the distinct words
);
create index stats_topic_question_tenant_asked on stats_topic_question (tenant_id, asked_at);

-- Row-level security as on every tenant-owned table, and for the ministry's pilot transaction a
-- read-only policy. The policies read the setting through a sub-select, which PostgreSQL
-- evaluates once per query (an init plan): called directly, the text of up to hundreds of ids is
-- parsed again for every row, which made a pilot-wide query seven times slower.
do $$
declare
    t text;
begin
    foreach t in array array['stats_daily', 'stats_topic_question']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I
                          using (tenant_id = lotse_current_tenant())
                          with check (tenant_id = lotse_current_tenant())', t);
        execute format('create policy pilot_read on %I for select
                          using (tenant_id = any ((select lotse_pilot_tenants())::uuid[]))', t);
    end loop;
end
$$;

-- Summaries of every day the offices already have (row-level security applies to this
-- migration's role too, so office by office).
do $$
declare
    office uuid;
begin
    for office in select id from tenant
    loop
        perform set_config('app.tenant_id', office::text, true);
        perform lotse_stats_daily(office, array(select distinct local_day from stats_hourly
                                                 where tenant_id = office));
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;

-- Forget when each office was last rolled up: the next run recomputes every hour still in the raw
-- log (idempotent for stats_hourly) and so fills the topic index for them. TRUNCATE is not subject
-- to row-level security, so this reaches every office's row.
truncate stats_rollup_state;
