import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { isPortalUser } from '../tickets/ticket.policy';
import type { KnowledgeArticle } from './knowledge-article.entity';
import { ArticleStatus } from './knowledge.enums';

export type ArticleViewer = Pick<User, 'id' | 'roles' | 'customerId' | 'senior'>;

/** Who writes articles: the engineers who solve tickets, R&D, and their managers. */
export const ARTICLE_WRITERS: readonly Role[] = [Role.PRESALES, Role.PRESALES_MANAGER, Role.RND, Role.RND_MANAGER, Role.TECH_DIRECTOR];

/** Managers who review and publish besides the senior engineers. */
export const ARTICLE_MANAGERS: readonly Role[] = [Role.PRESALES_MANAGER, Role.TECH_DIRECTOR];

export const writesArticles = (user: ArticleViewer): boolean => !isPortalUser(user) && user.roles.some((role) => ARTICLE_WRITERS.includes(role));

/** A senior engineer (高级工程师) or a manager reviews and publishes. */
export const reviewsArticles = (user: ArticleViewer): boolean => !isPortalUser(user) && (user.senior || user.roles.some((role) => ARTICLE_MANAGERS.includes(role)));

/** Customers read published articles only, whatever they ask for; staff read every state. */
export function visibleStatuses(user: ArticleViewer, asked: readonly ArticleStatus[] | null | undefined): ArticleStatus[] {
  if (isPortalUser(user)) return [ArticleStatus.PUBLISHED];
  return asked?.length ? [...asked] : Object.values(ArticleStatus);
}

/**
 * Four eyes: neither the author nor whoever wrote the latest text reviews it.
 * Publishing needs only a reviewer (the text was already checked by someone else).
 */
export const isOwnText = (user: ArticleViewer, article: Pick<KnowledgeArticle, 'authorId'>, lastEditorId: string | null): boolean =>
  article.authorId === user.id || lastEditorId === user.id;
