import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import type { Ticket } from '../tickets/ticket.entity';
import { SatisfactionSurvey } from './satisfaction-survey.entity';

export const SURVEY_CHANGED = 'SATISFACTION_SURVEY_CHANGED';

export const hashSurveyToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 满意度: one survey per closed ticket, answered once by the customer. */
export class SatisfactionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  /**
   * Opens the ticket's survey when it closes (once: a ticket closed again after a reopen keeps
   * its first survey). Returns the link token, which only the mail to the contact carries.
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
    return token;
  }
}
