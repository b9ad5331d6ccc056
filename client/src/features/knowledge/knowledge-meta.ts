import type { ArticleStatus, Role } from '../../gql/graphql';

/** The way an article goes: draft → reviewed → published. */
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['DRAFT', 'REVIEWED', 'PUBLISHED'];

export const ARTICLE_STATUS_COLOR: Record<ArticleStatus, string> = { DRAFT: 'default', REVIEWED: 'processing', PUBLISHED: 'success' };

export const isArticleStatus = (value: string): value is ArticleStatus => ARTICLE_STATUSES.some((status) => status === value);

/** Who writes articles (server: knowledge.policy ARTICLE_WRITERS): the engineers who solve tickets, R&D, and their managers. */
const ARTICLE_WRITERS: readonly Role[] = ['PRESALES', 'PRESALES_MANAGER', 'RND', 'RND_MANAGER', 'TECH_DIRECTOR'];
export const mayWriteArticles = (roles: readonly Role[]): boolean => roles.some((role) => ARTICLE_WRITERS.includes(role));

/** How many articles a search shows (the server allows up to 200). */
export const ARTICLE_LIST_LIMIT = 100;
