import type { DataSource } from 'typeorm';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { languageOf } from './notification-text';
import type { MailOutbox } from './mail.outbox';

const DIGEST_QUEUE = 'notification-digest';
/** Every day at 18:00, company time. */
const DIGEST_CRON = '0 18 * * *';

/** The daily digest: one mail per person listing what they chose to hear of once a day. */
export class NotificationDigest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: MailOutbox,
  ) {}

  start(): Promise<void> {
    return this.jobs.onSchedule(DIGEST_QUEUE, DIGEST_CRON, 'Asia/Shanghai', async () => void (await this.sendAll()));
  }

  /** Writes every pending digest; the notifications it lists leave the digest in the same transaction. */
  async sendAll(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE notification n SET for_digest = false FROM app_user u
          WHERE n.user_id = u.id AND n.for_digest AND u.active
          RETURNING n.user_id, n.event_seq, n.subject, n.link, u.email, u.language`,
      )) as [{ user_id: string; event_seq: string; subject: string; link: string; email: string; language: string }[], number];
      const byUser = new Map<string, typeof rows[0]>();
      for (const row of rows[0]) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
      for (const entries of byUser.values()) {
        const language = languageOf(entries[0]!.language);
        const subject = language === 'en' ? `Liaison daily digest: ${entries.length}` : `Liaison 每日汇总：${entries.length} 条`;
        const body = entries.map((entry) => `• ${entry.subject}\n  ${this.outbox.options.publicUrl}${entry.link}`).join('\n');
        await this.outbox.write(manager, { eventSeq: null, rule: 'DAILY_DIGEST', language, to: [entries[0]!.email], cc: [], subject, body });
      }
      return byUser.size;
    });
  }
}
