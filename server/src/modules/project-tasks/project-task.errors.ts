/** Error codes of project tasks. */
export enum ProjectTaskErrorCode {
  /** After-sales upgrades belong to a project in the AFTER_SALES stage. */
  PROJECT_NOT_IN_AFTER_SALES = 'PROJECT_NOT_IN_AFTER_SALES',
}
