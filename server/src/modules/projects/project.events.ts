/** Event-log types written by the projects feature. */
export const ProjectEvent = {
  INITIATED: 'PROJECT_INITIATED',
  STAGE_CHANGED: 'PROJECT_STAGE_CHANGED',
  /** Someone joined the project (e.g. an approved resource request): their board gains it. */
  MEMBER_ADDED: 'PROJECT_MEMBER_ADDED',
} as const;

export const BOARD_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(ProjectEvent));
