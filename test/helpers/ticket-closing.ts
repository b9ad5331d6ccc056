import { expect } from 'vitest';
import type { ApiClient } from './graphql-client';

export interface ClosedTicket {
  id: string;
  number: string;
  version: number;
}

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }';
const STEP = 'mutation($input: TicketStepInput!) { ticketStep(input: $input) { id number version status } }';

export interface TicketText {
  title?: string;
  description?: string;
  cause?: string;
  solution?: string;
  steps?: string | null;
  lessons?: string | null;
  publishArticle?: boolean;
}

/** Files a ticket for `customerId` as `engineer` (a PRESALES) and takes it through ACKNOWLEDGE and RESOLVE. */
export async function resolvedTicket(engineer: ApiClient, customerId: string, text: TicketText = {}): Promise<ClosedTicket> {
  const created = await engineer.request<{ createTicket: ClosedTicket }>(CREATE, {
    input: { channel: 'PHONE', customerId, title: text.title ?? '打印机驱动安装失败', description: text.description ?? '安装打印机驱动时报错 0x80070005', category: 'FAULT', priority: 'MEDIUM' },
  });
  expect(created.errors).toBeUndefined();
  let ticket = created.data!.createTicket;
  for (const step of [{ action: 'ACKNOWLEDGE' }, { action: 'RESOLVE', solution: text.solution ?? '以管理员身份重新安装驱动' }]) {
    const moved = await engineer.request<{ ticketStep: ClosedTicket }>(STEP, { input: { ticketId: ticket.id, expectedVersion: ticket.version, ...step } });
    expect(moved.errors).toBeUndefined();
    ticket = moved.data!.ticketStep;
  }
  return ticket;
}

/** A ticket taken all the way to CLOSED (which opens its survey and, with publishArticle, drafts an article). */
export async function closedTicket(engineer: ApiClient, customerId: string, text: TicketText = {}): Promise<ClosedTicket> {
  const resolved = await resolvedTicket(engineer, customerId, text);
  const closed = await engineer.request<{ ticketStep: ClosedTicket }>(STEP, {
    input: {
      ticketId: resolved.id,
      expectedVersion: resolved.version,
      action: 'CLOSE',
      cause: text.cause ?? '驱动签名校验失败',
      solution: text.solution ?? '以管理员身份重新安装驱动',
      steps: text.steps ?? null,
      lessons: text.lessons ?? null,
      publishArticle: text.publishArticle ?? false,
    },
  });
  expect(closed.errors).toBeUndefined();
  return closed.data!.ticketStep;
}
