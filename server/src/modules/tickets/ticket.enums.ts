import { registerEnumType } from 'type-graphql';

/** SPEC §7 with the seed's definitions (000, 3.2). */
export enum TicketPriority {
  /** 紧急: the customer's core business is down, or many users are affected. */
  URGENT = 'URGENT',
  /** 高: a main function is impaired, but there is a workaround or part of it works. */
  HIGH = 'HIGH',
  /** 中: a non-core function, or a question that does not block the main work. */
  MEDIUM = 'MEDIUM',
  /** 低: general questions and suggestions, or minimal impact. */
  LOW = 'LOW',
}

export enum TicketStatus {
  NEW = 'NEW',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  WAITING_RND = 'WAITING_RND',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum TicketChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WEB_PORTAL = 'WEB_PORTAL',
  CHAT = 'CHAT',
  ON_SITE = 'ON_SITE',
}

export enum TicketCategory {
  /** 咨询 */
  CONSULTATION = 'CONSULTATION',
  /** 故障 */
  FAULT = 'FAULT',
  /** 需求建议 */
  REQUIREMENT = 'REQUIREMENT',
  /** 配置协助 */
  CONFIGURATION = 'CONFIGURATION',
  OTHER = 'OTHER',
}

export enum OccurrenceFrequency {
  ONCE = 'ONCE',
  INTERMITTENT = 'INTERMITTENT',
  ALWAYS = 'ALWAYS',
}

/** Who holds the ticket: first line → senior engineer → R&D (remaining issue / fault path) or the manager. */
export enum SupportTier {
  FIRST_LINE = 'FIRST_LINE',
  SENIOR = 'SENIOR',
  RND = 'RND',
  MANAGER = 'MANAGER',
}

export enum TicketAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  START = 'START',
  WAIT_FOR_CUSTOMER = 'WAIT_FOR_CUSTOMER',
  WAIT_FOR_RND = 'WAIT_FOR_RND',
  RESUME = 'RESUME',
  RESOLVE = 'RESOLVE',
  CONFIRM_RESOLUTION = 'CONFIRM_RESOLUTION',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
}

export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  TicketStatus.NEW,
  TicketStatus.ACKNOWLEDGED,
  TicketStatus.IN_PROGRESS,
  TicketStatus.WAITING_CUSTOMER,
  TicketStatus.WAITING_RND,
];

registerEnumType(TicketPriority, {
  name: 'TicketPriority',
  valuesConfig: {
    URGENT: { description: 'Core business down, or many users affected.' },
    HIGH: { description: 'A main function impaired, with a workaround or partly usable.' },
    MEDIUM: { description: 'A non-core function, or a question that does not block the main work.' },
    LOW: { description: 'General questions and suggestions, or minimal impact.' },
  },
});
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(TicketChannel, { name: 'TicketChannel' });
registerEnumType(TicketCategory, { name: 'TicketCategory' });
registerEnumType(OccurrenceFrequency, { name: 'OccurrenceFrequency' });
registerEnumType(SupportTier, { name: 'SupportTier' });
registerEnumType(TicketAction, { name: 'TicketAction' });
