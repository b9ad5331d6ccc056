import type { SelectQueryBuilder } from 'typeorm';
import type { KnowledgeArticle } from './knowledge-article.entity';

/**
 * The text an article is searched by, as one SQL expression: the trigram index in the
 * ServiceDesk migration is built on exactly this, so queries must use it verbatim.
 */
export const ARTICLE_SEARCH_TEXT = `lower(title || ' ' || cause || ' ' || solution || ' ' || coalesce(steps, ''))`;

/** Only so much of a query (or a ticket description, for suggestions) is searched for. */
const MAX_QUERY_LENGTH = 300;
const MAX_TERMS = 32;

/** A run of ideographic text (Chinese, Japanese, Korean), or a run of other letters and digits. */
const TOKENS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+/gu;
const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * What a query is matched by. pg_trgm needs three characters for a trigram, but Chinese words
 * are mostly two: a run of Chinese becomes the whole run plus its overlapping bigrams
 * ("驱动安装" → 驱动安装, 驱动, 动安, 安装), so any word of it matches; other words are
 * lower-cased, and one-letter words dropped unless nothing else is left.
 */
export function searchTerms(query: string): string[] {
  const tokens = query.slice(0, MAX_QUERY_LENGTH).toLowerCase().match(TOKENS) ?? [];
  const terms = new Set<string>();
  for (const token of tokens) {
    const chars = [...token];
    if (IDEOGRAPHIC.test(token)) {
      terms.add(token);
      for (let i = 0; i + 2 <= chars.length && chars.length > 2; i += 1) terms.add(chars.slice(i, i + 2).join(''));
    } else if (chars.length > 1) {
      terms.add(token);
    }
  }
  if (terms.size === 0) for (const token of tokens) terms.add(token);
  return [...terms].slice(0, MAX_TERMS);
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Narrows `query` (on knowledge_article, without joins: the search text names bare columns)
 * to articles matching `search`, and adds a `relevance` column to order by: one point per
 * matched term, half a point more where the title holds it, plus pg_trgm's word similarity
 * of the whole query (which also catches misspellings). Every arm of the condition is one
 * the trigram index serves (ILIKE, <%), so the index is used for terms of 3+ characters.
 */
export function applyArticleSearch(query: SelectQueryBuilder<KnowledgeArticle>, search: string): SelectQueryBuilder<KnowledgeArticle> {
  const text = search.slice(0, MAX_QUERY_LENGTH).trim().toLowerCase();
  const terms = searchTerms(text);
  const params: Record<string, string> = { searchText: text };
  const matches: string[] = [];
  const points: string[] = [];
  terms.forEach((term, index) => {
    params[`term${index}`] = likePattern(term);
    matches.push(`${ARTICLE_SEARCH_TEXT} ILIKE :term${index}`);
    points.push(`(CASE WHEN ${ARTICLE_SEARCH_TEXT} ILIKE :term${index} THEN 1 ELSE 0 END + CASE WHEN title ILIKE :term${index} THEN 0.5 ELSE 0 END)`);
  });
  matches.push(`:searchText <% ${ARTICLE_SEARCH_TEXT}`);
  points.push(`word_similarity(:searchText, ${ARTICLE_SEARCH_TEXT})`);
  return query.andWhere(`(${matches.join(' OR ')})`, params).addSelect(points.join(' + '), 'relevance');
}
