import type { DataSource, EntityManager } from 'typeorm';
import { compareAndSet } from '../../platform/db/compare-and-set';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';
import { KnowledgeArticle } from './knowledge-article.entity';
import { ArticleStatus } from './knowledge.enums';
import { KnowledgeErrorCode } from './knowledge.errors';
import type { CreateKnowledgeArticleInput, EditKnowledgeArticleInput } from './knowledge.inputs';
import type { KnowledgeArticlePermissions } from './knowledge-permissions.type';
import { type ArticleViewer, isOwnText, reviewsArticles, visibleStatuses, writesArticles } from './knowledge.policy';
import { applyArticleSearch } from './knowledge.search';

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

const MAX_LISTED = 200;
const MAX_SUGGESTED = 20;
const MAX_TITLE_LENGTH = 200;
const MAX_TEXT_LENGTH = 20_000;

type ArticleText = Omit<TicketWriteUp, 'ticketId'>;

/** The review steps: from which state, to which, and what else changes. */
const STEPS = {
  REVIEWED: { from: ArticleStatus.DRAFT, to: ArticleStatus.REVIEWED },
  PUBLISHED: { from: ArticleStatus.REVIEWED, to: ArticleStatus.PUBLISHED },
} as const;

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
    await this.addRevision(unit.manager, article.id, 1, text, authorId);
    await this.recordChange(unit, article, authorId, 'DRAFTED');
    return article;
  }

  /** The viewer's articles (customers: published only), newest first, or with `search` by relevance. */
  async list(viewer: ArticleViewer, filter: { search?: string | null; statuses?: readonly ArticleStatus[] | null }, limit: number): Promise<KnowledgeArticle[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    return this.search(visibleStatuses(viewer, filter.statuses), filter.search?.trim() ?? '', limit);
  }

  /** Published articles matching a ticket's description, for intake. */
  async suggest(text: string, limit: number): Promise<KnowledgeArticle[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    const search = text.trim();
    return search ? this.search([ArticleStatus.PUBLISHED], search, limit) : [];
  }

  async findVisible(viewer: ArticleViewer, id: string): Promise<KnowledgeArticle | null> {
    if (!isUuid(id)) return null;
    return this.dataSource
      .getRepository(KnowledgeArticle)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere('a.status = ANY(:statuses)', { statuses: visibleStatuses(viewer, null) })
      .getOne();
  }

  /** The search itself, exposed for the test that checks the plan uses the trigram index. */
  searchQuery(statuses: readonly ArticleStatus[], search: string, limit: number) {
    const query = this.dataSource.getRepository(KnowledgeArticle).createQueryBuilder('a');
    // Every state asked for (staff, by default): no condition, so the planner weighs the trigram index alone.
    if (!Object.values(ArticleStatus).every((status) => statuses.includes(status))) query.where('a.status = ANY(:statuses)', { statuses });
    if (search) applyArticleSearch(query, search).orderBy('relevance', 'DESC').addOrderBy('a.updatedAt', 'DESC');
    else query.orderBy('a.updatedAt', 'DESC');
    return query.addOrderBy('a.id').limit(limit);
  }

  async create(viewer: ArticleViewer, input: CreateKnowledgeArticleInput): Promise<KnowledgeArticle> {
    if (!writesArticles(viewer)) throw forbidden('write knowledge articles');
    const text = this.validText(input);
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const article = await unit.manager.save(unit.manager.create(KnowledgeArticle, { ...text, status: ArticleStatus.DRAFT, sourceTicketId: null, authorId: viewer.id, reviewedById: null, publishedAt: null }));
      await this.addRevision(unit.manager, article.id, 1, text, viewer.id);
      await this.recordChange(unit, article, viewer.id, 'CREATED');
      return article;
    });
  }

  /** A new revision; whatever its state, the article goes back to DRAFT to be reviewed and published again. */
  async edit(viewer: ArticleViewer, input: EditKnowledgeArticleInput): Promise<KnowledgeArticle> {
    if (!writesArticles(viewer)) throw forbidden('edit knowledge articles');
    const article = await this.load(viewer, input.id);
    const text = this.validText(input);
    if (article.version !== input.expectedVersion) throw conflict('This article');
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(
        unit.manager,
        KnowledgeArticle,
        article.id,
        { version: input.expectedVersion, statuses: Object.values(ArticleStatus) },
        { ...text, status: ArticleStatus.DRAFT, reviewedById: null, publishedAt: null },
        'This article',
      );
      await this.addRevision(unit.manager, article.id, input.expectedVersion + 1, text, viewer.id);
      const updated = await unit.manager.getRepository(KnowledgeArticle).findOneByOrFail({ id: article.id });
      await this.recordChange(unit, updated, viewer.id, 'EDITED');
      return updated;
    });
  }

  review(viewer: ArticleViewer, id: string, expectedVersion: number): Promise<KnowledgeArticle> {
    return this.advance(viewer, id, expectedVersion, 'REVIEWED');
  }

  publish(viewer: ArticleViewer, id: string, expectedVersion: number): Promise<KnowledgeArticle> {
    return this.advance(viewer, id, expectedVersion, 'PUBLISHED');
  }

  permissions(viewer: ArticleViewer, article: KnowledgeArticle, lastEditorId: string | null): KnowledgeArticlePermissions {
    const reviewer = reviewsArticles(viewer);
    return {
      edit: writesArticles(viewer),
      review: reviewer && article.status === ArticleStatus.DRAFT && !isOwnText(viewer, article, lastEditorId),
      publish: reviewer && article.status === ArticleStatus.REVIEWED,
    };
  }

  /**
   * DRAFT → REVIEWED → PUBLISHED, compare-and-set on version and status. The version counts
   * revisions of the text (it is the latest revision's number), so these steps keep it: a
   * reviewer and a publisher name the version of the text they approve, and an edit in
   * between (a new version, back to DRAFT) makes their step a CONFLICT.
   */
  private async advance(viewer: ArticleViewer, id: string, expectedVersion: number, to: keyof typeof STEPS): Promise<KnowledgeArticle> {
    const article = await this.load(viewer, id);
    if (!reviewsArticles(viewer)) throw forbidden('review or publish knowledge articles');
    if (article.version !== expectedVersion) throw conflict('This article');
    const step = STEPS[to];
    if (article.status !== step.from) {
      throw new AppError(KnowledgeErrorCode.ARTICLE_ACTION_NOT_ALLOWED, `A ${article.status} article cannot become ${step.to}.`, { status: article.status });
    }
    if (to === 'REVIEWED') {
      const latest = await this.dataSource.getRepository(KnowledgeArticleRevision).findOneBy({ articleId: article.id, number: article.version });
      if (isOwnText(viewer, article, latest?.editedById ?? null)) {
        throw new AppError(KnowledgeErrorCode.ARTICLE_ACTION_NOT_ALLOWED, 'Someone other than its writers reviews an article.', { status: article.status, reason: 'OWN_TEXT' });
      }
    }
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const changes = to === 'REVIEWED' ? { status: step.to, reviewedById: viewer.id } : { status: step.to, publishedAt: new Date() };
      const result = await unit.manager
        .createQueryBuilder()
        .update(KnowledgeArticle)
        .set(changes)
        .where('id = :id AND version = :version AND status = :from', { id: article.id, version: expectedVersion, from: step.from })
        .execute();
      if (result.affected !== 1) throw conflict('This article');
      const updated = await unit.manager.getRepository(KnowledgeArticle).findOneByOrFail({ id: article.id });
      await this.recordChange(unit, updated, viewer.id, to);
      return updated;
    });
  }

  private async search(statuses: readonly ArticleStatus[], search: string, limit: number): Promise<KnowledgeArticle[]> {
    return this.searchQuery(statuses, search, limit).getMany();
  }

  private async load(viewer: ArticleViewer, id: string): Promise<KnowledgeArticle> {
    const article = await this.findVisible(viewer, id);
    if (!article) throw notFound('Knowledge article');
    return article;
  }

  private validText(input: CreateKnowledgeArticleInput): ArticleText {
    const optional = (value: string | null | undefined) => value?.trim() || null;
    const text: ArticleText = {
      title: input.title.trim(),
      product: optional(input.product),
      cause: input.cause.trim(),
      solution: input.solution.trim(),
      steps: optional(input.steps),
      lessons: optional(input.lessons),
    };
    const fields: Record<string, string> = {};
    for (const name of ['title', 'cause', 'solution'] as const) if (!text[name]) fields[name] = 'REQUIRED';
    if (text.title.length > MAX_TITLE_LENGTH) fields.title = 'TOO_LONG';
    if (text.product && text.product.length > MAX_TITLE_LENGTH) fields.product = 'TOO_LONG';
    for (const name of ['cause', 'solution', 'steps', 'lessons'] as const) if ((text[name]?.length ?? 0) > MAX_TEXT_LENGTH) fields[name] = 'TOO_LONG';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return text;
  }

  private async addRevision(manager: EntityManager, articleId: string, number: number, text: ArticleText, editedById: string): Promise<void> {
    await manager.insert(KnowledgeArticleRevision, { articleId, number, title: text.title, cause: text.cause, solution: text.solution, steps: text.steps, lessons: text.lessons, editedById });
  }

  private recordChange(unit: UnitOfWork, article: KnowledgeArticle, actorId: string, action: string): Promise<void> {
    return unit.record({
      type: KNOWLEDGE_CHANGED,
      projectId: null,
      entityType: 'KnowledgeArticle',
      entityId: article.id,
      actorId,
      payload: { action, status: article.status, title: article.title, version: article.version },
    });
  }
}
