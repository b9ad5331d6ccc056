/** Event-log type of every change to a remaining issue; `payload.action` says which. */
export const REMAINING_ISSUE_CHANGED = 'REMAINING_ISSUE_CHANGED';
