/**
 * The text an article is searched by, as one SQL expression: the trigram index in the
 * ServiceDesk migration is built on exactly this, so queries must use it verbatim.
 */
export const ARTICLE_SEARCH_TEXT = `lower(title || ' ' || cause || ' ' || solution || ' ' || coalesce(steps, ''))`;
