/** Error codes of the projects feature (besides the shared ErrorCode ones). */
export enum ProjectErrorCode {
  INVALID_STAGE_TRANSITION = 'INVALID_STAGE_TRANSITION',
}
