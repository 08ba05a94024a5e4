// Bulk-fills a database with pending reminders, straight in SQL in one transaction, for the scale figures.
import { Store } from "../src/store/store.js";

/** How a seeded database is laid out, so benchmarks know what to expect in it. */
export interface SeedLayout {
  reminders: number;
  interviews: number;
  users: number;
  /** Reminders due at `now` (1%): the `reflect` nudge of every 25th interview, each for a distinct user. */
  due: number;
  /** The time the due rows are due by: noon UTC, inside every user's nudge hours (users' zone is UTC). */
  now: number;
}

/**
 * Noon UTC three days from today: the users' zone is UTC, so the due rows are inside nudge
 * hours at this `now`, and a real server started today (cold start) finds nothing due yet.
 */
export function seedNow(today = Date.now()): number {
  const d = new Date(today);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3, 12);
}

const DAY = 86_400_000;

/**
 * Creates (migrating) `path` and inserts `reminders` rows: four per interview (reflect, thanks,
 * checkin, letgo), two and a half interviews per user, every interview `active`, every user with
 * a Slack address and zone UTC. 1% are due (a minute to ten before `now`), the rest spread over the 60 days after it.
 */
export function seedReminders(path: string, reminders: number, now = seedNow()): SeedLayout {
  const interviews = Math.ceil(reminders / 4);
  const users = Math.max(1, Math.ceil(reminders / 10));
  const store = Store.open(path);
  const db = store.db;
  // A big page cache keeps the random index inserts in memory until the one commit.
  db.pragma("cache_size = -400000");
  const seq = (n: number) => `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${n - 1})`;
  db.transaction(() => {
    db.prepare(
      `${seq(users)}
       INSERT INTO users (id, platform, tenant, user_id, display_name, address, tz, tz_checked_at, created_at)
       SELECT i + 1, 'slack', 'TBENCH', printf('U%08d', i), 'Sam ' || i, printf('slack:TBENCH:D%08d', i), 'UTC', @now, @now - ${30 * DAY}
       FROM seq`,
    ).run({ now });
    // Interview i belongs to user floor(i * users / interviews) + 1, so every 25th interview has its own user.
    db.prepare(
      `${seq(interviews)}
       INSERT INTO interviews (id, user_ref, status, company, role, happened_at, format, stage, interest, created_at, confirmed_at)
       SELECT i + 1, (i * ${users}) / ${interviews} + 1, 'active', 'Company ' || i, 'Staff Engineer', '2026-11-18T09:00:00.000Z',
              'video', 'final round', 'yes', @now - ${3 * 3_600_000}, @now - ${3 * 3_600_000}
       FROM seq`,
    ).run({ now });
    db.prepare(
      `${seq(reminders)}
       INSERT INTO reminders (user_ref, interview_id, kind, due_at, status, created_at)
       SELECT ((i / 4) * ${users}) / ${interviews} + 1, i / 4 + 1,
              CASE i % 4 WHEN 0 THEN 'reflect' WHEN 1 THEN 'thanks' WHEN 2 THEN 'checkin' ELSE 'letgo' END,
              CASE WHEN i % 4 = 0 AND (i / 4) % 25 = 0 THEN @now - 60000 - ((i / 4) % 600) * 1000
                   ELSE @now + 3600000 + ((i * 2654435761) % ${60 * 86_400}) * 1000 END,
              'pending', @now - ${3 * 3_600_000}
       FROM seq`,
    ).run({ now });
  }).immediate();
  db.pragma("wal_checkpoint(TRUNCATE)");
  const due = (db.prepare("SELECT COUNT(*) AS n FROM reminders WHERE status = 'pending' AND due_at <= ?").get(now) as { n: number }).n;
  store.close();
  return { reminders, interviews, users, due, now };
}
