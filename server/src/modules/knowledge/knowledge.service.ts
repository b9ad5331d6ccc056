import type { DataSource } from 'typeorm';
import type { UnitOfWork } from '../../platform/db/transaction';
import type { EventBus } from '../../platform/events/event-bus';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';
import { KnowledgeArticle } from './knowledge-article.entity';
import { ArticleStatus } from './knowledge.enums';

/** A closed ticket's write-up, the source of a draft article. */
export interface TicketWriteUp {
  ticketId: string;
  title: string;
  product: string | null;
  cause: string;
  solution: string;
  steps: string | null;
  lessons: string | null;
}

export const KNOWLEDGE_CHANGED = 'KNOWLEDGE_ARTICLE_CHANGED';

/** 知识库: articles written from closed tickets, reviewed and published, searchable in Chinese and English. */
export class KnowledgeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  /** Drafts an article from a ticket's closing write-up, in the closing transaction. */
  async draftFromTicket(unit: UnitOfWork, writeUp: TicketWriteUp, authorId: string): Promise<KnowledgeArticle> {
    const { ticketId, ...text } = writeUp;
    const article = await unit.manager.save(unit.manager.create(KnowledgeArticle, { ...text, status: ArticleStatus.DRAFT, sourceTicketId: ticketId, authorId, reviewedById: null, publishedAt: null }));
    await unit.manager.save(
      unit.manager.create(KnowledgeArticleRevision, { articleId: article.id, number: 1, title: text.title, cause: text.cause, solution: text.solution, steps: text.steps, lessons: text.lessons, editedById: authorId }),
    );
    await unit.record({ type: KNOWLEDGE_CHANGED, projectId: null, entityType: 'KnowledgeArticle', entityId: article.id, actorId: authorId, payload: { action: 'DRAFTED', status: article.status, title: article.title } });
    return article;
  }
}
