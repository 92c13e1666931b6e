/**
 * The Lua scripts the Redis store runs. Each is one atomic step on the server, so relay
 * instances that interleave never see half a lease: Redis runs a script to its end before any
 * other command. Numbers travel as strings both ways (Lua would cut a float to an integer).
 */

/** Drops leases whose end has passed and takes their weights out of the sums (KEYS 1–5). */
const sweep = `
local function sweep(now)
  local ended = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
  for _, id in ipairs(ended) do
    local w = redis.call('HGET', KEYS[3], id) or '0'
    local n = redis.call('HGET', KEYS[4], id) or '0'
    redis.call('HINCRBYFLOAT', KEYS[5], 'weight', -tonumber(w))
    redis.call('HINCRBYFLOAT', KEYS[5], 'newSites', -tonumber(n))
    redis.call('HDEL', KEYS[1], id)
    redis.call('HDEL', KEYS[3], id)
    redis.call('HDEL', KEYS[4], id)
    redis.call('ZREM', KEYS[2], id)
  end
end
`;

/**
 * KEYS: leases, expiry, weights, newSites, sums, month, reports.
 * ARGV: id, now, reports counted after this instant.
 * Returns: [sum of weights, sum of new sites, month committed, recent reports, lease JSON or
 * false, installations].
 */
export const snapshotScript = `${sweep}
local now = tonumber(ARGV[2])
sweep(now)
redis.call('ZREMRANGEBYSCORE', KEYS[7], '-inf', ARGV[3])
return {
  redis.call('HGET', KEYS[5], 'weight') or '0',
  redis.call('HGET', KEYS[5], 'newSites') or '0',
  redis.call('GET', KEYS[6]) or '0',
  redis.call('ZCARD', KEYS[7]),
  redis.call('HGET', KEYS[1], ARGV[1]),
  redis.call('ZCARD', KEYS[2])
}`;

/**
 * KEYS: as {@link snapshotScript}.
 * ARGV: id, now, lease JSON, weight, new sites, expires at, charge minus refund, reported
 * (1/0), seconds the month's account is kept.
 */
export const commitScript = `${sweep}
local id = ARGV[1]
local now = tonumber(ARGV[2])
sweep(now)
local oldW = redis.call('HGET', KEYS[3], id)
if oldW then
  redis.call('HINCRBYFLOAT', KEYS[5], 'weight', -tonumber(oldW))
  redis.call('HINCRBYFLOAT', KEYS[5], 'newSites', -tonumber(redis.call('HGET', KEYS[4], id) or '0'))
end
redis.call('HSET', KEYS[1], id, ARGV[3])
redis.call('HSET', KEYS[3], id, ARGV[4])
redis.call('HSET', KEYS[4], id, ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[6], id)
redis.call('HINCRBYFLOAT', KEYS[5], 'weight', tonumber(ARGV[4]))
redis.call('HINCRBYFLOAT', KEYS[5], 'newSites', tonumber(ARGV[5]))
redis.call('INCRBYFLOAT', KEYS[6], ARGV[7])
redis.call('EXPIRE', KEYS[6], ARGV[9])
if ARGV[8] == '1' then redis.call('ZADD', KEYS[7], now, id) end
return 1`;

/** KEYS: the address's set. ARGV: id, seen after this instant. Returns [known (0/1), count]. */
export const addressScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
local known = redis.call('ZSCORE', KEYS[1], ARGV[1]) and 1 or 0
return { known, redis.call('ZCARD', KEYS[1]) }`;

/** KEYS: the address's set. ARGV: id, now, seconds to keep it. */
export const rememberAddressScript = `
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

/** KEYS: the window's counter. ARGV: seconds to keep it. Returns the count after this hit. */
export const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count`;
