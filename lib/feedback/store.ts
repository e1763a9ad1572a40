// Where readers' feedback is kept: Redis (FEEDBACK_REDIS_URL, else REDIS_URL), under
// `<REDIS_KEY_PREFIX>:feedback:`. Everything is bounded whatever is posted: one counter pair per
// published question, the newest FEEDBACK_MAX_REPORTS reports and none older than
// FEEDBACK_RETENTION_DAYS, and per-client rate counters that live one hour in a fixed number of
// buckets (a hash of the address, never the address itself). Nothing else about the reader is stored.
// The privacy notice (app/privacy/page.tsx) states these limits from here.
import { createHash, randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { Feedback } from './form';

export const DEFAULT_MAX_REPORTS = 1000;
export const DEFAULT_RETENTION_DAYS = 365;
export const DEFAULT_POSTS_PER_HOUR = 10;
/** Rate counters: at most this many keys exist at once, however many addresses post. */
const RATE_BUCKETS = 65_536;

export interface StoredReport {
  id: string;
  slug: string;
  what: string;
  contact?: string;
  /** ISO time it was sent. */
  at: string;
}

export interface FeedbackSummary {
  /** By question slug. */
  useful: Map<string, { yes: number; no: number }>;
  /** Newest first. */
  reports: (StoredReport & { handled?: string })[];
}

/** A connected client (connectFeedbackRedis); tests give the store their own, to a real server. */
export type FeedbackRedis = Awaited<ReturnType<typeof connectFeedbackRedis>>;

export interface FeedbackStoreOptions {
  prefix: string;
  maxReports: number;
  postsPerHour: number;
  /** Reports older than this are deleted (the privacy notice says so). */
  retentionDays: number;
}

export function feedbackKeys(prefix: string) {
  const base = `${prefix}:feedback`;
  return {
    useful: `${base}:useful`,
    reports: `${base}:reports`,
    handled: `${base}:handled`,
    rate: (client: string) => {
      const bucket = createHash('sha256').update(client).digest().readUInt32BE(0) % RATE_BUCKETS;
      return `${base}:rate:${bucket}`;
    },
  };
}

export class FeedbackStore {
  private readonly keys: ReturnType<typeof feedbackKeys>;

  constructor(
    private readonly redis: FeedbackRedis,
    private readonly options: FeedbackStoreOptions,
  ) {
    this.keys = feedbackKeys(options.prefix);
  }

  /** Keeps one answer, unless this client has posted too often in the last hour. Throws when Redis fails. */
  async record(feedback: Feedback, client: string, now = new Date()): Promise<'stored' | 'rate-limited'> {
    const rateKey = this.keys.rate(client);
    const [count] = (await this.redis.multi().incr(rateKey).expire(rateKey, 3600, 'NX').exec()) as unknown as [
      number,
      unknown,
    ];
    if (Number(count) > this.options.postsPerHour) return 'rate-limited';
    if (feedback.kind === 'useful') {
      await this.redis.hIncrBy(this.keys.useful, `${feedback.slug}\t${feedback.useful ? 'yes' : 'no'}`, 1);
      return 'stored';
    }
    const report: StoredReport = {
      id: randomUUID().slice(0, 8),
      slug: feedback.slug,
      what: feedback.what,
      ...(feedback.contact ? { contact: feedback.contact } : {}),
      at: now.toISOString(),
    };
    await this.redis
      .multi()
      .lPush(this.keys.reports, JSON.stringify(report))
      .lTrim(this.keys.reports, 0, this.options.maxReports - 1)
      .exec();
    await this.dropExpired(now);
    return 'stored';
  }

  /** Deletes the oldest reports while they are past the retention period (newest are at the head). */
  private async dropExpired(now: Date): Promise<void> {
    const cutoff = now.getTime() - this.options.retentionDays * 24 * 3600 * 1000;
    for (let dropped = 0; dropped < this.options.maxReports; dropped += 1) {
      const oldest = await this.redis.lIndex(this.keys.reports, -1);
      if (oldest === null || !isOlderThan(oldest, cutoff)) return;
      await this.redis.rPop(this.keys.reports);
    }
  }

  async summary(): Promise<FeedbackSummary> {
    const [counts, reports, handled] = await Promise.all([
      this.redis.hGetAll(this.keys.useful),
      this.redis.lRange(this.keys.reports, 0, -1),
      this.redis.hGetAll(this.keys.handled),
    ]);
    const useful = new Map<string, { yes: number; no: number }>();
    for (const [field, value] of Object.entries(counts)) {
      const [slug, answer] = field.split('\t');
      const entry = useful.get(slug) ?? { yes: 0, no: 0 };
      if (answer === 'yes' || answer === 'no') entry[answer] = Number(value);
      useful.set(slug, entry);
    }
    return {
      useful,
      reports: reports.flatMap((text) => {
        try {
          const report = JSON.parse(text) as StoredReport;
          return [{ ...report, ...(handled[report.id] ? { handled: handled[report.id] } : {}) }];
        } catch {
          return [];
        }
      }),
    };
  }

  /** Drops the connection (after a failure, so that the next post connects afresh). */
  close(): void {
    this.redis.destroy();
  }

  /** Marks a kept report handled (on `day`); false when no kept report has that id. Forgets handled marks of reports that dropped off. */
  async markHandled(id: string, day: string): Promise<boolean> {
    const reports = (await this.redis.lRange(this.keys.reports, 0, -1)).flatMap((text) => {
      try {
        return [(JSON.parse(text) as StoredReport).id];
      } catch {
        return [];
      }
    });
    const kept = new Set(reports);
    const stale = Object.keys(await this.redis.hGetAll(this.keys.handled)).filter((known) => !kept.has(known));
    if (stale.length > 0) await this.redis.hDel(this.keys.handled, stale);
    if (!kept.has(id)) return false;
    await this.redis.hSet(this.keys.handled, id, day);
    return true;
  }
}

function isOlderThan(text: string, cutoff: number): boolean {
  try {
    const at = Date.parse((JSON.parse(text) as StoredReport).at);
    return !(at >= cutoff);
  } catch {
    return true; // not a report this store wrote
  }
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function feedbackOptionsFromEnv(env: NodeJS.ProcessEnv): FeedbackStoreOptions & { url?: string } {
  const url = (env.FEEDBACK_REDIS_URL ?? '').trim() || (env.REDIS_URL ?? '').trim() || undefined;
  return {
    url,
    prefix: env.REDIS_KEY_PREFIX?.trim() || 'health-answers',
    maxReports: positiveInteger(env.FEEDBACK_MAX_REPORTS, DEFAULT_MAX_REPORTS),
    postsPerHour: positiveInteger(env.FEEDBACK_POSTS_PER_HOUR, DEFAULT_POSTS_PER_HOUR),
    retentionDays: positiveInteger(env.FEEDBACK_RETENTION_DAYS, DEFAULT_RETENTION_DAYS),
  };
}

/**
 * A connected client for `url`, failing fast: a command while Redis is away rejects at once (no
 * offline queue), and a connection attempt gives up after a second.
 */
export async function connectFeedbackRedis(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => (retries > 3 ? false : 200 * retries) },
  });
  client.on('error', () => {}); // each failed command rejects; the route says "could not be sent"
  await client.connect();
  return client;
}
