import type { TFunction } from 'i18next';
import zhCN from '../../locales/zh-CN.json';
import { keyOf } from './payload-key';

/** The service desk's events that show on the timeline of the ticket's project. */
export type TicketActivityType = 'TICKET_CHANGED' | 'SLA_WARNING' | 'SLA_BREACHED' | 'TICKET_ESCALATED' | 'SATISFACTION_SURVEY_CHANGED';

/** A ticket's step shows in the timeline's colour: moving on, waiting, done, pushed back, or only talk. */
const TICKET_EVENT_COLOR: Record<keyof typeof zhCN.ticketEvent, string> = {
  CREATED: 'blue',
  ACKNOWLEDGE: 'cyan',
  START: 'cyan',
  WAIT_FOR_CUSTOMER: 'gold',
  WAIT_FOR_RND: 'gold',
  RESUME: 'cyan',
  RESOLVE: 'green',
  CONFIRM_RESOLUTION: 'green',
  CLOSE: 'green',
  REOPEN: 'red',
  REPLIED: 'gray',
  NOTED: 'gray',
  ASSIGNED: 'cyan',
  ATTACHED: 'gray',
  PRIORITY_CHANGED: 'orange',
  SURVEY_ANSWERED: 'purple',
};

const SCORES = ['responseSpeed', 'resolution', 'professionalism', 'attitude'] as const;

/** The mean of the four scores of an answered survey, one decimal; null when one is missing. */
function meanScore(payload: Record<string, unknown>): string | null {
  const scores = SCORES.map((name) => payload[name]);
  if (!scores.every((score): score is number => typeof score === 'number')) return null;
  return (scores.reduce((sum, score) => sum + score, 0) / scores.length).toFixed(1);
}

/**
 * What a ticket event says on its project's timeline: the step (or the clock, the escalation,
 * the survey) and the ticket's number with what changed. `label` and `color` are the event
 * type's own, kept when the payload names nothing known.
 */
export function describeTicketActivity(
  t: TFunction,
  type: TicketActivityType,
  payload: Record<string, unknown>,
  label: string,
  color: string,
): { label: string; detail: string | null; color: string } {
  const number = typeof payload.number === 'string' ? payload.number : '';
  /** The ticket alone, when nothing else is known. */
  const plain = number || null;
  switch (type) {
    case 'TICKET_CHANGED': {
      const { action, status, from, priority } = payload;
      const stepLabel = keyOf(zhCN.ticketEvent, action) ? t(`ticketEvent.${action}`) : label;
      const stepColor = keyOf(zhCN.ticketEvent, action) ? TICKET_EVENT_COLOR[action] : color;
      if (action === 'PRIORITY_CHANGED' && keyOf(zhCN.ticketPriority, from) && keyOf(zhCN.ticketPriority, priority)) {
        return { label: stepLabel, detail: t('timeline.ticketPriority', { number, from: t(`ticketPriority.${from}`), to: t(`ticketPriority.${priority}`) }), color: stepColor };
      }
      const detail = keyOf(zhCN.ticketStatus, status) ? t('timeline.ticket', { number, status: t(`ticketStatus.${status}`) }) : plain;
      return { label: stepLabel, detail, color: stepColor };
    }
    case 'SLA_WARNING':
    case 'SLA_BREACHED':
      return { label, detail: keyOf(zhCN.slaKind, payload.kind) ? t('timeline.ticketClock', { number, kind: t(`slaKind.${payload.kind}`) }) : plain, color };
    case 'TICKET_ESCALATED': {
      const { to, reason } = payload;
      const escalated = keyOf(zhCN.supportTier, to) ? t('timeline.ticketEscalated', { number, tier: t(`supportTier.${to}`) }) : plain;
      // On a breach the server escalates to the manager by itself, with this reason.
      return { label, detail: reason === 'SLA_BREACHED' ? t('timeline.escalatedOnBreach', { detail: escalated ?? '' }) : escalated, color };
    }
    case 'SATISFACTION_SURVEY_CHANGED': {
      const { action } = payload;
      const score = action === 'ANSWERED' ? meanScore(payload) : null;
      return {
        label: keyOf(zhCN.surveyEvent, action) ? t(`surveyEvent.${action}`) : label,
        detail: score ? t('timeline.surveyAnswered', { number, score }) : plain,
        color,
      };
    }
  }
}
