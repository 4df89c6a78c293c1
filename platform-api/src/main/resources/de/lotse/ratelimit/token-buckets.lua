-- Takes one token from the tenant's bucket AND the client's bucket, or from neither.
-- Runs atomically in Redis, so concurrent requests on several instances cannot both spend the
-- last token.
--
-- KEYS[1]  tenant bucket (hash: tokens, ts)
-- KEYS[2]  client bucket (hash: tokens, ts)
-- ARGV[1]  now, epoch milliseconds, from the calling instance's clock
-- ARGV[2]  tenant capacity     ARGV[3] tenant refill tokens   ARGV[4] per so many milliseconds
-- ARGV[5]  client capacity     ARGV[6] client refill tokens   ARGV[7] per so many milliseconds
--
-- Returns { 1 = allowed | 0 = rejected, milliseconds until both buckets hold a token again }

local now = tonumber(ARGV[1])

local function bucket(key, capacity, refill_tokens, refill_millis)
  local rate = refill_tokens / refill_millis
  local stored = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens, ts = tonumber(stored[1]), tonumber(stored[2])
  if tokens == nil or ts == nil then
    -- Missing means full: buckets expire only once they would have refilled completely.
    tokens, ts = capacity, now
  else
    -- Instances' clocks differ a little. Time never runs backwards for a bucket, so an instance
    -- whose clock lags cannot take tokens back and one that runs ahead adds its lead only once.
    tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
    ts = math.max(ts, now)
  end
  return { key = key, capacity = capacity, rate = rate, tokens = tokens, ts = ts }
end

local function millis_until_token(b)
  if b.tokens >= 1 then
    return 0
  end
  return math.ceil((1 - b.tokens) / b.rate)
end

local function take(b)
  local left = b.tokens - 1
  redis.call('HSET', b.key, 'tokens', tostring(left), 'ts', tostring(b.ts))
  redis.call('PEXPIRE', b.key, math.ceil((b.capacity - left) / b.rate) + 1000)
end

local tenant = bucket(KEYS[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]))
local client = bucket(KEYS[2], tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]))

local wait = math.max(millis_until_token(tenant), millis_until_token(client))
if wait > 0 then
  return { 0, wait }
end
take(tenant)
take(client)
return { 1, 0 }
