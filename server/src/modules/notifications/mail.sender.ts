import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { MAIL_QUEUE } from './notification.dispatcher';
import { MailStatus } from './notification.enums';
import type { OutgoingMail } from './outgoing-mail.entity';

/** After this many failed attempts a mail is FAILED (the queue's retries with backoff are spent). */
const MAX_ATTEMPTS = 6;
/** A mail claimed this long ago by an instance that never finished is handed out again. */
const STALE_SENDING_MS = 2 * 60_000;

/**
 * Sends queued mails over SMTP (SMTP_URL), one pg-boss job per mail, retried with backoff. A mail
 * is claimed (QUEUED → SENDING) before it is handed to the server and marked SENT after, so a
 * retry of a job whose mail went out does nothing; its Message-ID is its id, so a receiver can
 * still recognise the one resend a crash between hand-over and SENT could cause.
 */
export class MailSender {
  private readonly transport: Transporter;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    smtpUrl: string,
    private readonly from: string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async start(): Promise<void> {
    await this.jobs.work<{ mailId: string }>(MAIL_QUEUE, (job) => this.send(job.mailId));
    this.sweeper = setInterval(() => this.requeueStale().catch(this.onError), STALE_SENDING_MS / 2);
    this.sweeper.unref();
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.transport.close();
  }

  async send(mailId: string): Promise<void> {
    const [claimed] = (await this.dataSource.query(
      `UPDATE outgoing_mail SET status = 'SENDING', attempts = attempts + 1, claimed_at = now() WHERE id = $1 AND status = 'QUEUED' RETURNING id, "to", cc, subject, body, attempts`,
      [mailId],
    )) as [Pick<OutgoingMail, 'id' | 'to' | 'cc' | 'subject' | 'body' | 'attempts'>[], number];
    const mail = claimed[0];
    if (!mail) return;
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to.length > 0 ? mail.to : mail.cc,
        cc: mail.to.length > 0 ? mail.cc : [],
        subject: mail.subject,
        text: mail.body,
        messageId: `<${mail.id}@liaison>`,
      });
    } catch (error) {
      const status = mail.attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.QUEUED;
      await this.dataSource.query(`UPDATE outgoing_mail SET status = $2, last_error = $3 WHERE id = $1`, [mail.id, status, error instanceof Error ? error.message : String(error)]);
      // The job fails, and pg-boss retries it with backoff.
      if (status === MailStatus.QUEUED) throw error;
      return;
    }
    await this.dataSource.query(`UPDATE outgoing_mail SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [mail.id]);
  }

  /** Mails left SENDING by an instance that stopped mid-send go back to the queue. */
  private async requeueStale(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE outgoing_mail SET status = 'QUEUED' WHERE status = 'SENDING' AND claimed_at < now() - make_interval(secs => $1) RETURNING id`,
        [STALE_SENDING_MS / 1000],
      )) as [{ id: string }[], number];
      for (const row of rows) await this.jobs.sendAt(manager, MAIL_QUEUE, { mailId: row.id }, new Date());
    });
  }
}
