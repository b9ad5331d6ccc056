import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { Ticket } from '../tickets/ticket.entity';
import { visibleTicketCondition } from '../tickets/ticket.policy';
import type { User } from '../users/user.entity';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';

export const createKnowledgeLoaders = (dataSource: DataSource, viewer: User | null) => ({
  /** Every revision of each article, oldest first. */
  revisionsByArticle: manyByKey<string, KnowledgeArticleRevision>(
    (ids) => dataSource.getRepository(KnowledgeArticleRevision).createQueryBuilder('r').where('r.article_id = ANY(:ids)', { ids }).orderBy('r.number').getMany(),
    (revision) => revision.articleId,
  ),
  /** The latest revision of each article (who wrote the current text: the four-eyes check); its number is the article's version. */
  latestRevisionByArticle: oneByKey<string, KnowledgeArticleRevision>(
    (ids) =>
      dataSource
        .getRepository(KnowledgeArticleRevision)
        .createQueryBuilder('r')
        .where('r.article_id = ANY(:ids)', { ids })
        .andWhere('r.number = (SELECT a.version FROM knowledge_article a WHERE a.id = r.article_id)')
        .getMany(),
    (revision) => revision.articleId,
  ),
  /** An article's source ticket, only where the viewer may see it (the rule of TicketService.findVisible). */
  articleSourceTicketById: oneByKey<string, Ticket>((ids) => {
    if (!viewer) return Promise.resolve([]);
    const visible = visibleTicketCondition('t', viewer);
    return dataSource.getRepository(Ticket).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).andWhere(visible.sql, visible.params).getMany();
  }, (ticket) => ticket.id),
});
