/** Event-log type of every change to a fault work order; `payload.status` and `payload.leadId` route it to the R&D queues. */
export const WORK_ORDER_CHANGED = 'WORK_ORDER_CHANGED';
