import { Resolver } from 'type-graphql';
import { KnowledgeArticle } from './knowledge-article.entity';

@Resolver(() => KnowledgeArticle)
export class KnowledgeArticleResolver {}
