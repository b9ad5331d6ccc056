import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { EventRecord } from '../../platform/events/event.entity';
import type { EventBus } from '../../platform/events/event-bus';
import { type Recipient, usersOf, whoMaySee } from './notification-audience';
import { bodyOf, type EventFacts, factsOf, languageOf, subjectOf } from './notification-text';
import type { MailOutbox } from './mail.outbox';
import { DeliveryChoice, RecipientRole } from './notification.enums';
import { Notification } from './notification.entity';
import { type NotificationRule, rulesFor } from './notification.rules';

export const NOTIFIED = 'NOTIFIED';
export const MAIL_QUEUE = 'mail-send';
const BATCH = 100;

/**
 * Turns the event log into notifications and mails, by NOTIFICATION_RULES. Every instance tries
 * after each wake-up; the one that locks the cursor row dispatches the next events and advances
 * the cursor in the same transaction as what it wrote, so no event is told twice or skipped —
 * with several instances, and across restarts.
 */
export class NotificationDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly outbox: MailOutbox,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.stopListening = this.bus.listen((event) => {
      if (event.record.type !== NOTIFIED) this.kick();
    });
    this.kick();
  }

  stop(): Promise<void> {
    this.stopListening?.();
    return this.running ?? Promise.resolve();
  }

  /** Dispatches until the log is told (one pass at a time per instance). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while (await this.dispatchBatch());
        } catch (error) {
          this.onError(error);
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
  }

  /** Returns whether a full batch was dispatched (more may wait). */
  async dispatchBatch(): Promise<boolean> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const [cursor] = (await unit.manager.query('SELECT last_seq FROM notification_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED')) as { last_seq: string }[];
      if (!cursor) return false;
      const events = await unit.manager.getRepository(EventRecord).createQueryBuilder('e').where('e.seq > :seq', { seq: cursor.last_seq }).orderBy('e.seq', 'ASC').limit(BATCH).getMany();
      for (const event of events) await this.dispatchSafely(unit, event);
      if (events.length > 0) await unit.manager.query('UPDATE notification_cursor SET last_seq = $1 WHERE id = 1', [events[events.length - 1]!.seq]);
      return events.length === BATCH;
    });
  }

  /**
   * One event, behind a savepoint: an event whose dispatch fails is reported and passed over,
   * so it cannot hold up everyone's notifications behind it.
   */
  private async dispatchSafely(unit: UnitOfWork, event: EventRecord): Promise<void> {
    await unit.manager.query('SAVEPOINT dispatch_event');
    try {
      await this.dispatch(unit, event);
      await unit.manager.query('RELEASE SAVEPOINT dispatch_event');
    } catch (error) {
      await unit.manager.query('ROLLBACK TO SAVEPOINT dispatch_event');
      this.onError(error);
    }
  }

  private async dispatch(unit: UnitOfWork, event: EventRecord): Promise<void> {
    const told = new Set<string>();
    // Read once per event, and only when some rule has someone to tell.
    let known: EventFacts | undefined;
    for (const rule of rulesFor(event.type, event.payload)) {
      const to = await this.recipients(unit.manager, rule, 'to', event, told);
      to.forEach((user) => told.add(user.id));
      const cc = await this.recipients(unit.manager, rule, 'cc', event, told);
      cc.forEach((user) => told.add(user.id));
      const choices = await this.choicesOf(unit.manager, rule, [...to, ...cc]);
      const wants = (user: Recipient) => choices.get(user.id) !== DeliveryChoice.OFF;
      const [toldTo, toldCc] = [to.filter(wants), cc.filter(wants)];
      if (toldTo.length + toldCc.length === 0) continue;
      const facts = (known ??= await factsOf(unit.manager, event));
      const seq = Number(event.seq);
      const row = (user: Recipient, recipientRole: RecipientRole) => ({
        userId: user.id,
        eventSeq: seq,
        rule: rule.key,
        recipientRole,
        subject: subjectOf(rule, facts, languageOf(user.language)),
        link: facts.link,
        forDigest: choices.get(user.id) === DeliveryChoice.DAILY_DIGEST,
      });
      await unit.manager.insert(Notification, [...toldTo.map((user) => row(user, RecipientRole.TO)), ...toldCc.map((user) => row(user, RecipientRole.CC))]);
      // One mail per language, with the rule's To and Cc, to those who want mail now.
      const mailed = (user: Recipient) => (choices.get(user.id) ?? DeliveryChoice.EMAIL) === DeliveryChoice.EMAIL;
      const [mailTo, mailCc] = [toldTo.filter(mailed), toldCc.filter(mailed)];
      for (const language of new Set([...mailTo, ...mailCc].map((user) => languageOf(user.language)))) {
        const inLanguage = (users: Recipient[]) => users.filter((user) => languageOf(user.language) === language).map((user) => user.email);
        const subject = subjectOf(rule, facts, language);
        await this.outbox.write(unit.manager, {
          eventSeq: seq,
          rule: rule.key,
          language,
          to: inLanguage(mailTo),
          cc: inLanguage(mailCc),
          subject,
          body: bodyOf(subject, facts, this.outbox.options.publicUrl, language),
        });
      }
    }
    if (told.size > 0) {
      await unit.record({ type: NOTIFIED, projectId: null, entityType: 'Notification', entityId: String(event.seq), actorId: null, payload: { userIds: [...told] } });
    }
  }

  /** Each recipient's choice for the rule (no row: EMAIL). A mandatory rule is never OFF. */
  private async choicesOf(manager: EntityManager, rule: NotificationRule, users: readonly Recipient[]): Promise<Map<string, DeliveryChoice>> {
    if (users.length === 0) return new Map();
    const rows = (await manager.query('SELECT user_id, choice FROM notification_preference WHERE rule = $1 AND user_id = ANY($2)', [rule.key, users.map((user) => user.id)])) as {
      user_id: string;
      choice: DeliveryChoice;
    }[];
    return new Map(rows.map((row) => [row.user_id, rule.mandatory && row.choice === DeliveryChoice.OFF ? DeliveryChoice.EMAIL : row.choice]));
  }

  /** The rule's audience on one side, less the actor, those already told, and those who may not see the record. */
  private async recipients(manager: EntityManager, rule: NotificationRule, side: 'to' | 'cc', event: EventRecord, told: ReadonlySet<string>): Promise<Recipient[]> {
    const byId = new Map<string, Recipient>();
    for (const audience of rule[side]) for (const user of await usersOf(manager, audience, event)) byId.set(user.id, user);
    const candidates = [...byId.values()].filter((user) => user.id !== event.actorId && !told.has(user.id));
    return whoMaySee(manager, rule.visibility, event, candidates);
  }
}
