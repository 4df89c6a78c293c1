-- Statistics (issue 7): hourly aggregates of the conversation log that outlive its retention purge.
--
-- The roll-up (de.lotse.stats.HourlyRollup) recomputes whole UTC hours from chat_message: it
-- deletes an hour's aggregate rows and inserts them again from the raw rows, so running it twice
-- gives the same result. Before the retention job deletes raw rows it has the roll-up recompute
-- the hours it is about to delete, in the same transaction, and it deletes whole hours only; an
-- hour whose raw rows are gone is never recomputed again. Berlin's offsets are whole hours, so
-- every Europe/Berlin day, week and month is a whole number of these UTC hours (DST included).

-- The first question of a conversation opens it: conversations are counted in the hour, language
-- and decision of their first question, which keeps them additive like every other count.
alter table chat_message add column opens_conversation boolean not null default false;

create table stats_hourly (
    tenant_id       uuid        not null references tenant (id),
    hour            timestamptz not null check (extract(epoch from hour) % 3600 = 0),
    language        text        not null,
    decision        text        not null check (decision in ('answer', 'clarify', 'fallback')),
    entry_key       text        not null default '', -- '' unless decision = 'answer'
    category        text        not null default '', -- the entry's category when rolled up
    questions       int         not null check (questions > 0),
    conversations   int         not null,
    helpful         int         not null,
    unhelpful       int         not null,
    -- Answer latency histogram: element i counts latencies in (bound[i-1], bound[i]] ms with the
    -- bounds 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000,
    -- 5000 and a last element for everything slower (de.lotse.stats.LatencyBuckets).
    latency_buckets int[]       not null,
    primary key (tenant_id, hour, language, decision, entry_key)
);

-- When the scheduled roll-up last started for an office: the next run recomputes the hours of
-- rows created or rated since then (less a safety margin for the log writer's delay).
create table stats_rollup_state (
    tenant_id  uuid        primary key references tenant (id),
    started_at timestamptz not null
);

-- The roll-up finds hours with new ratings by feedback_at.
create index chat_message_tenant_feedback on chat_message (tenant_id, feedback_at)
    where feedback_at is not null;

do $$
declare
    t text;
begin
    foreach t in array array['stats_hourly', 'stats_rollup_state']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I
                          using (tenant_id = lotse_current_tenant())
                          with check (tenant_id = lotse_current_tenant())', t);
    end loop;
end
$$;

-- Existing rows, per office (row-level security applies to this migration's role as well):
-- mark the first message of each conversation, and move the daily totals that the retention job
-- kept so far into the hourly table. Those days had no hours, conversations or latencies: they
-- land at 00:00 (Europe/Berlin) of their day with an empty histogram. From now on the hourly table
-- is the one roll-up that survives the purge, and the daily table goes.
do $$
declare
    office uuid;
begin
    for office in select id from tenant
    loop
        perform set_config('app.tenant_id', office::text, true);
        update chat_message m set opens_conversation = true
          from (select id, row_number() over (partition by conversation_id
                                              order by created_at, id) as position
                  from chat_message) f
         where f.id = m.id and f.position = 1;
        insert into stats_hourly (tenant_id, hour, language, decision, entry_key, category,
                                  questions, conversations, helpful, unhelpful, latency_buckets)
        select tenant_id, day::timestamp at time zone 'Europe/Berlin', language, type, entry_key,
               '', questions, 0, helpful, unhelpful, array_fill(0, array[21])
          from chat_daily_totals
         where questions > 0;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;

drop table chat_daily_totals;
