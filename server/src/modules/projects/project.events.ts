/** Event-log types written by the projects feature. */
export const ProjectEvent = {
  INITIATED: 'PROJECT_INITIATED',
  STAGE_CHANGED: 'PROJECT_STAGE_CHANGED',
} as const;

export const BOARD_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(ProjectEvent));
