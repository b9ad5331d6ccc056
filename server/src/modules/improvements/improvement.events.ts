/** Event-log types of improvement requests; `payload.action` says what changed. */
export const IMPROVEMENT_CHANGED = 'IMPROVEMENT_CHANGED';
/** A project's net R&D time passed the threshold: its sales bonus is computed after R&D cost (第二十二条). */
export const RND_COST_FLAGGED = 'RND_COST_FLAGGED';
