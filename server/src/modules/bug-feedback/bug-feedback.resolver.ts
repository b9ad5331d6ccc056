import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role, STAFF_ROLES } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { ProductVersion } from '../versions/product-version.entity';
import { BugFeedback } from './bug-feedback.entity';
import { ReportBugFeedbackInput, TesterActionInput } from './bug-feedback.inputs';
import { feedbackChanges } from './bug-feedback.subscription';
import { FeedbackChange } from './feedback-change.type';

@Resolver(() => BugFeedback)
export class BugFeedbackResolver {
  @SignedIn(...STAFF_ROLES)
  @Mutation(() => BugFeedback, { description: 'Reports a product problem or a usability suggestion to the testers (copied to all pre-sales).' })
  reportBugFeedback(@Ctx() context: Context, @Arg('input', () => ReportBugFeedbackInput) input: ReportBugFeedbackInput): Promise<BugFeedback> {
    return context.services.bugFeedback.report(requireUser(context), input);
  }

  @SignedIn(Role.TESTER)
  @Mutation(() => BugFeedback, { description: 'Reproduced / not reproducible, link the fix version, verify or reject the fix.' })
  actOnBugFeedback(@Ctx() context: Context, @Arg('input', () => TesterActionInput) input: TesterActionInput): Promise<BugFeedback> {
    return context.services.bugFeedback.act(requireUser(context), input);
  }

  @SignedIn(...STAFF_ROLES)
  @Query(() => [BugFeedback], { description: 'Feedback the viewer may see, newest first; `open`: the testers\' queue, oldest first.' })
  bugFeedback(
    @Ctx() context: Context,
    @Arg('open', () => Boolean, { defaultValue: false }) open: boolean,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'At most 500.' }) limit: number,
  ): Promise<BugFeedback[]> {
    return context.services.bugFeedback.list(requireUser(context), open, limit);
  }

  @FieldResolver(() => User)
  reportedBy(@Root() feedback: BugFeedback, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, feedback.reportedById);
  }

  @FieldResolver(() => User, { nullable: true })
  tester(@Root() feedback: BugFeedback, @Ctx() context: Context): Promise<User | null> {
    return feedback.testerId ? context.loaders.userById.load(feedback.testerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() feedback: BugFeedback, @Ctx() context: Context): Promise<Project | null> {
    return feedback.projectId ? context.loaders.visibleProjectById.load(feedback.projectId) : Promise.resolve(null);
  }

  @FieldResolver(() => ProductVersion, { nullable: true })
  foundIn(@Root() feedback: BugFeedback, @Ctx() context: Context): Promise<ProductVersion | null> {
    return feedback.foundInVersionId ? context.loaders.productVersionById.load(feedback.foundInVersionId) : Promise.resolve(null);
  }

  @FieldResolver(() => ProductVersion, { nullable: true })
  fixVersion(@Root() feedback: BugFeedback, @Ctx() context: Context): Promise<ProductVersion | null> {
    return feedback.fixVersionId ? context.loaders.productVersionById.load(feedback.fixVersionId) : Promise.resolve(null);
  }
}

@Resolver(() => FeedbackChange)
export class FeedbackChangeResolver {
  @SignedIn(...STAFF_ROLES)
  @Subscription(() => FeedbackChange, {
    description: 'Each change to bug feedback the viewer may see, live (the testers\' queue).',
    subscribe: ({ context }) => feedbackChanges(context as Context),
  })
  bugFeedbackChanged(@Root() change: FeedbackChange): FeedbackChange {
    return change;
  }

  @FieldResolver(() => BugFeedback, { nullable: true })
  feedback(@Root() change: FeedbackChange, @Ctx() context: Context): Promise<BugFeedback | null> {
    return context.services.bugFeedback.findVisible(requireUser(context), change.feedbackId);
  }
}
