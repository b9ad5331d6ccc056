/** Error codes of satisfaction surveys. */
export enum SatisfactionErrorCode {
  /** One answer per ticket: the survey was answered already. */
  SURVEY_ALREADY_ANSWERED = 'SURVEY_ALREADY_ANSWERED',
  /** The ticket has no survey yet: one opens when it closes. */
  SURVEY_NOT_OPEN = 'SURVEY_NOT_OPEN',
}
