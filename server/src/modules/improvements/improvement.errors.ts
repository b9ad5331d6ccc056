/** Error codes of product improvement requests. */
export enum ImprovementErrorCode {
  /** 第二十一条: from a project's third request on, only the PRESALES_MANAGER may issue one. */
  IMPROVEMENT_QUOTA_EXCEEDED = 'IMPROVEMENT_QUOTA_EXCEEDED',
  /** The request's state does not allow this step. */
  IMPROVEMENT_ACTION_NOT_ALLOWED = 'IMPROVEMENT_ACTION_NOT_ALLOWED',
}
