import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { Ticket } from '../tickets/ticket.entity';
import { TICKET_CHANGED, ticketEventPayload } from '../tickets/ticket.events';
import { isPortalUser } from '../tickets/ticket.policy';
import type { User } from '../users/user.entity';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { Contact } from '../customers/contact.entity';
import type { MailOutbox } from '../notifications/mail.outbox';
import { SatisfactionErrorCode } from './satisfaction.errors';
import type { AnswerSatisfactionSurveyByTokenInput, AnswerSatisfactionSurveyInput, SurveyAnswerInput } from './satisfaction.inputs';
import { MAX_COMMENT_LENGTH, MAX_SCORE, MIN_SCORE } from './satisfaction.policy';
import type { SurveyInvitation } from './survey-invitation.type';

export const SURVEY_CHANGED = 'SATISFACTION_SURVEY_CHANGED';

export const hashSurveyToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const SCORES = ['responseSpeed', 'resolution', 'professionalism', 'attitude'] as const;
type Answer = Pick<SatisfactionSurvey, (typeof SCORES)[number] | 'comment'>;

/** 满意度: one survey per closed ticket, answered once by the customer. */
export class SatisfactionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly outbox: MailOutbox,
  ) {}

  /**
   * Opens the ticket's survey when it closes (once: a ticket closed again after a reopen keeps
   * its first survey), and mails its one-shot link to the ticket's contact, in the same
   * transaction. The link's token exists nowhere else (only its hash is stored).
   */
  async openFor(unit: UnitOfWork, ticket: Ticket, engineerId: string | null): Promise<string | null> {
    const token = randomBytes(24).toString('base64url');
    const inserted = await unit.manager
      .createQueryBuilder()
      .insert()
      .into(SatisfactionSurvey)
      .values({ ticketId: ticket.id, contactId: ticket.contactId, engineerId, tokenHash: hashSurveyToken(token) })
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return null;
    await unit.record({
      type: SURVEY_CHANGED,
      projectId: ticket.projectId,
      entityType: 'Ticket',
      entityId: ticket.id,
      actorId: null,
      payload: { action: 'OPENED', customerId: ticket.customerId, contactId: ticket.contactId, engineerId, number: ticket.number },
    });
    const contact = ticket.contactId ? await unit.manager.getRepository(Contact).findOneBy({ id: ticket.contactId }) : null;
    if (contact?.email) {
      const link = `${this.outbox.options.publicUrl}/survey/${token}`;
      await this.outbox.write(unit.manager, {
        eventSeq: null,
        rule: 'SATISFACTION_SURVEY',
        language: 'zh-CN',
        to: [contact.email],
        cc: [],
        subject: `满意度调查 / Satisfaction survey · ${ticket.number}`,
        body: `${contact.name}，您好：\n\n工单 ${ticket.number}「${ticket.title}」已关闭。请花一分钟评价我们的服务：\n${link}\n\nDear ${contact.name}, ticket ${ticket.number} is closed. Please rate our service: ${link}\n`,
      });
    }
    return token;
  }

  /** A portal user answers for their organisation; another organisation's ticket is NOT_FOUND. */
  async answer(viewer: Pick<User, 'id' | 'roles' | 'customerId'>, input: AnswerSatisfactionSurveyInput): Promise<SatisfactionSurvey> {
    if (!isPortalUser(viewer)) throw forbidden('answer a survey for the customer');
    const ticket = viewer.customerId && isUuid(input.ticketId) ? await this.dataSource.getRepository(Ticket).findOneBy({ id: input.ticketId, customerId: viewer.customerId }) : null;
    if (!ticket) throw notFound('Ticket');
    return this.submit(ticket.id, this.validAnswer(input), viewer.id);
  }

  /** The mailed link: the token alone authorises one answer. */
  async answerByToken(input: AnswerSatisfactionSurveyByTokenInput): Promise<SurveyInvitation> {
    const survey = await this.findByToken(input.token);
    if (!survey) throw notFound('Survey');
    const answered = await this.submit(survey.ticketId, this.validAnswer(input), null);
    return (await this.invitation(answered))!;
  }

  async invitationFor(token: string): Promise<SurveyInvitation | null> {
    return this.invitation(await this.findByToken(token));
  }

  /**
   * One answer per ticket: the update is a compare-and-set on `answered_at IS NULL`, so of two
   * concurrent answers the second waits for the first's row lock and then matches nothing.
   */
  private submit(ticketId: string, answer: Answer, actorId: string | null): Promise<SatisfactionSurvey> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const result = await unit.manager
        .createQueryBuilder()
        .update(SatisfactionSurvey)
        .set({ ...answer, answeredAt: new Date() })
        .where('ticket_id = :ticketId AND answered_at IS NULL', { ticketId })
        .execute();
      const survey = await unit.manager.getRepository(SatisfactionSurvey).findOneBy({ ticketId });
      if (!survey) throw new AppError(SatisfactionErrorCode.SURVEY_NOT_OPEN, 'The survey opens when the ticket is closed.');
      if (result.affected !== 1) throw new AppError(SatisfactionErrorCode.SURVEY_ALREADY_ANSWERED, 'This survey was answered already.', { answeredAt: survey.answeredAt?.toISOString() });
      const ticket = await unit.manager.getRepository(Ticket).findOneByOrFail({ id: ticketId });
      const scores = Object.fromEntries(SCORES.map((name) => [name, answer[name]]));
      await unit.record({
        type: SURVEY_CHANGED,
        projectId: ticket.projectId,
        entityType: 'Ticket',
        entityId: ticket.id,
        actorId,
        payload: { action: 'ANSWERED', customerId: ticket.customerId, contactId: survey.contactId, engineerId: survey.engineerId, number: ticket.number, ...scores },
      });
      // Open ticket pages refresh through the ticket feed.
      await unit.record({ type: TICKET_CHANGED, projectId: ticket.projectId, entityType: 'Ticket', entityId: ticket.id, actorId, payload: { ...ticketEventPayload(ticket), action: 'SURVEY_ANSWERED' } });
      return survey;
    });
  }

  private validAnswer(input: SurveyAnswerInput): Answer {
    const fields: Record<string, string> = {};
    for (const name of SCORES) {
      const score = input[name];
      if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) fields[name] = 'OUT_OF_RANGE';
    }
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > MAX_COMMENT_LENGTH) fields.comment = 'TOO_LONG';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return { responseSpeed: input.responseSpeed, resolution: input.resolution, professionalism: input.professionalism, attitude: input.attitude, comment };
  }

  private findByToken(token: string): Promise<SatisfactionSurvey | null> {
    return token ? this.dataSource.getRepository(SatisfactionSurvey).findOneBy({ tokenHash: hashSurveyToken(token) }) : Promise.resolve(null);
  }

  private async invitation(survey: SatisfactionSurvey | null): Promise<SurveyInvitation | null> {
    if (!survey) return null;
    const ticket = await this.dataSource.getRepository(Ticket).findOneByOrFail({ id: survey.ticketId });
    return { ticketNumber: ticket.number, ticketTitle: ticket.title, answered: survey.answeredAt !== null };
  }
}
