import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { MAIL_QUEUE } from './notification.dispatcher';
import { MailStatus } from './notification.enums';
import { OutgoingMail } from './outgoing-mail.entity';

export interface NewMail {
  rule: string;
  eventSeq: number | null;
  language: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
}

/** Writes a mail into the outbox in the caller's transaction, and queues its sending when there is SMTP. */
export class MailOutbox {
  constructor(
    private readonly jobs: JobQueue,
    readonly options: { publicUrl: string; sendsMail: boolean },
  ) {}

  async write(manager: EntityManager, mail: NewMail): Promise<OutgoingMail> {
    const saved = await manager.save(manager.create(OutgoingMail, { ...mail, status: this.options.sendsMail ? MailStatus.QUEUED : MailStatus.OUTBOX }));
    if (this.options.sendsMail) await this.jobs.sendAt(manager, MAIL_QUEUE, { mailId: saved.id }, new Date());
    return saved;
  }
}
