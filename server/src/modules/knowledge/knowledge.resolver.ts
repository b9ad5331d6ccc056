import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Ticket } from '../tickets/ticket.entity';
import { isPortalUser } from '../tickets/ticket.policy';
import { Role, STAFF_ROLES } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';
import { KnowledgeArticle } from './knowledge-article.entity';
import { KnowledgeArticlePermissions } from './knowledge-permissions.type';
import { ArticleStatus } from './knowledge.enums';
import { CreateKnowledgeArticleInput, EditKnowledgeArticleInput } from './knowledge.inputs';
import { ARTICLE_WRITERS } from './knowledge.policy';

/** Everyone signed in: staff, and customers in the portal (who read published articles only). */
const EVERYONE = Object.values(Role);

@Resolver(() => KnowledgeArticle)
export class KnowledgeArticleResolver {
  @SignedIn(...EVERYONE)
  @Query(() => [KnowledgeArticle], {
    description: 'Articles, newest first; with `search` (Chinese or English) by relevance. Staff see every state (default all); customers only PUBLISHED, whatever they ask.',
  })
  knowledgeArticles(
    @Ctx() context: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('statuses', () => [ArticleStatus], { nullable: true }) statuses: ArticleStatus[] | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 200.' }) limit: number,
  ): Promise<KnowledgeArticle[]> {
    return context.services.knowledge.list(requireUser(context), { search, statuses }, limit);
  }

  @SignedIn(...EVERYONE)
  @Query(() => KnowledgeArticle, { nullable: true, description: 'An article, if the viewer may read it (customers: published only).' })
  knowledgeArticle(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<KnowledgeArticle | null> {
    return context.services.knowledge.findVisible(requireUser(context), id);
  }

  @SignedIn(...EVERYONE)
  @Query(() => [KnowledgeArticle], { description: "Published articles matching a ticket's description, best first (intake)." })
  suggestKnowledgeArticles(
    @Ctx() context: Context,
    @Arg('text', () => String) text: string,
    @Arg('limit', () => Int, { defaultValue: 5, description: 'At most 20.' }) limit: number,
  ): Promise<KnowledgeArticle[]> {
    requireUser(context);
    return context.services.knowledge.suggest(text, limit);
  }

  @SignedIn(...ARTICLE_WRITERS)
  @Mutation(() => KnowledgeArticle, { description: 'A new DRAFT article (revision 1).' })
  createKnowledgeArticle(@Ctx() context: Context, @Arg('input', () => CreateKnowledgeArticleInput) input: CreateKnowledgeArticleInput): Promise<KnowledgeArticle> {
    return context.services.knowledge.create(requireUser(context), input);
  }

  @SignedIn(...ARTICLE_WRITERS)
  @Mutation(() => KnowledgeArticle, {
    description: 'Saves a new revision (version + 1). Any edit, even of a PUBLISHED article, returns it to DRAFT: it must be reviewed and published again before customers see it.',
  })
  editKnowledgeArticle(@Ctx() context: Context, @Arg('input', () => EditKnowledgeArticleInput) input: EditKnowledgeArticleInput): Promise<KnowledgeArticle> {
    return context.services.knowledge.edit(requireUser(context), input);
  }

  @SignedIn(...STAFF_ROLES)
  @Mutation(() => KnowledgeArticle, { description: 'DRAFT → REVIEWED, by a senior engineer or a manager who wrote neither the article nor its latest revision.' })
  reviewKnowledgeArticle(@Ctx() context: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number): Promise<KnowledgeArticle> {
    return context.services.knowledge.review(requireUser(context), id, expectedVersion);
  }

  @SignedIn(...STAFF_ROLES)
  @Mutation(() => KnowledgeArticle, { description: 'REVIEWED → PUBLISHED (customers can read it), by a senior engineer or a manager.' })
  publishKnowledgeArticle(@Ctx() context: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number): Promise<KnowledgeArticle> {
    return context.services.knowledge.publish(requireUser(context), id, expectedVersion);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Lessons learned: internal; null for customers.' })
  lessons(@Root() article: KnowledgeArticle, @Ctx() context: Context): string | null {
    return isPortalUser(requireUser(context)) ? null : article.lessons;
  }

  @FieldResolver(() => User)
  author(@Root() article: KnowledgeArticle, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, article.authorId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who reviewed the current text; null until then.' })
  reviewedBy(@Root() article: KnowledgeArticle, @Ctx() context: Context): Promise<User | null> {
    return article.reviewedById ? context.loaders.userById.load(article.reviewedById) : Promise.resolve(null);
  }

  @FieldResolver(() => [KnowledgeArticleRevision], { description: 'Every saved text, oldest first; staff only (customers get none).' })
  revisions(@Root() article: KnowledgeArticle, @Ctx() context: Context): Promise<KnowledgeArticleRevision[]> {
    return isPortalUser(requireUser(context)) ? Promise.resolve([]) : context.loaders.revisionsByArticle.load(article.id);
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket it was written from; null when there is none or the viewer may not see it.' })
  sourceTicket(@Root() article: KnowledgeArticle, @Ctx() context: Context): Promise<Ticket | null> {
    return article.sourceTicketId ? context.loaders.articleSourceTicketById.load(article.sourceTicketId) : Promise.resolve(null);
  }

  @FieldResolver(() => KnowledgeArticlePermissions)
  async viewerCan(@Root() article: KnowledgeArticle, @Ctx() context: Context): Promise<KnowledgeArticlePermissions> {
    const viewer = requireUser(context);
    if (isPortalUser(viewer)) return { edit: false, review: false, publish: false };
    const latest = await context.loaders.latestRevisionByArticle.load(article.id);
    return context.services.knowledge.permissions(viewer, article, latest?.editedById ?? null);
  }
}

@Resolver(() => KnowledgeArticleRevision)
export class KnowledgeArticleRevisionResolver {
  @FieldResolver(() => User)
  editedBy(@Root() revision: KnowledgeArticleRevision, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, revision.editedById);
  }
}
