/** Error codes of the knowledge base. */
export enum KnowledgeErrorCode {
  /** The step is not possible in the article's state, or not for this person (four eyes). */
  ARTICLE_ACTION_NOT_ALLOWED = 'ARTICLE_ACTION_NOT_ALLOWED',
}
