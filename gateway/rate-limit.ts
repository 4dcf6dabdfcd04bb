// Per-caller request rate: a sustained rate per second plus a burst allowance
// (rate-limiter-flexible's BurstyRateLimiter). In memory for one gateway; on Redis when
// REDIS_URL is set, so several gateway replicas share one budget per key.
import { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitsConfig } from '../common/config.js';
import { LimitExceededError } from '../common/errors.js';

export interface RateLimiter {
  /** Spends one request of `key`'s budget or throws LIMIT_EXCEEDED. */
  consume(key: string): Promise<void>;
  close(): Promise<void>;
}

const BURST_WINDOW_SECONDS = 10;

export function createRateLimiter(limits: LimitsConfig, redisUrl?: string): RateLimiter {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on('error', () => {});
  const make = (keyPrefix: string, points: number, duration: number) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `plantgraph:${keyPrefix}`, points, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }) })
      : new RateLimiterMemory({ keyPrefix, points, duration });
  const limiter = new BurstyRateLimiter(make('rate', limits.ratePerSecond, 1), make('burst', limits.rateBurst, BURST_WINDOW_SECONDS));
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw new LimitExceededError('rateLimit', `Too many requests for this key: at most ${limits.ratePerSecond} per second (bursts up to ${limits.rateBurst}). Retry in ${seconds} s.`, { retryAfterSeconds: seconds });
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
