// The workbook shows codes as the screen does, so it reads the client's own dictionaries rather
// than keeping a second copy of the labels that could drift from them.
import en from '../../../../../client/src/locales/en.json';
import zhCN from '../../../../../client/src/locales/zh-CN.json';
import type { TicketPriority } from '../../tickets/ticket.enums';
import type { WorkOrderStatus } from '../../work-orders/work-order.enums';

export type WorkbookLanguage = 'zh' | 'en';

const DICTIONARIES = { zh: zhCN, en };

export const priorityLabel = (language: WorkbookLanguage, priority: TicketPriority): string => DICTIONARIES[language].ticketPriority[priority];

export const workOrderStatusLabel = (language: WorkbookLanguage, status: WorkOrderStatus): string => DICTIONARIES[language].workOrderStatus[status];

/** The R&D dashboard's tag for how a project's sales bonus is counted. */
export const bonusLabel = (language: WorkbookLanguage, afterRndCost: boolean): string =>
  afterRndCost ? DICTIONARIES[language].dashboard.rnd.bonusAfterRndCost : DICTIONARIES[language].dashboard.rnd.bonusNormal;
