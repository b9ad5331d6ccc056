import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { RemainingIssue } from '../reports/remaining-issue.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { IssueAttempt } from './issue-attempt.entity';
import { RecordIssueAttemptInput, RemainingIssueStepInput, ResolveRemainingIssueInput } from './remaining-issue.inputs';

@Resolver(() => RemainingIssue)
export class RemainingIssueWorkResolver {
  @SignedIn(Role.PRESALES)
  @Mutation(() => IssueAttempt, { description: 'Records what a pre-sales tried on a remaining issue, and how it ended.' })
  recordIssueAttempt(@Ctx() context: Context, @Arg('input', () => RecordIssueAttemptInput) input: RecordIssueAttemptInput): Promise<IssueAttempt> {
    return context.services.remainingIssues.recordAttempt(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES)
  @Mutation(() => RemainingIssue, { description: 'The owner marks an obvious severe bug (opens the fault work order without three failed attempts).' })
  markObviousSevereBug(@Ctx() context: Context, @Arg('input', () => RemainingIssueStepInput) input: RemainingIssueStepInput): Promise<RemainingIssue> {
    return context.services.remainingIssues.markSevereBug(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES)
  @Mutation(() => RemainingIssue, { description: 'The owner resolved it inside support (第十八条).' })
  resolveRemainingIssue(@Ctx() context: Context, @Arg('input', () => ResolveRemainingIssueInput) input: ResolveRemainingIssueInput): Promise<RemainingIssue> {
    return context.services.remainingIssues.resolve(requireUser(context), input);
  }

  @FieldResolver(() => [IssueAttempt], { description: 'Every attempt on record, oldest first.' })
  attempts(@Root() issue: RemainingIssue, @Ctx() context: Context): Promise<IssueAttempt[]> {
    return context.loaders.attemptsByIssue.load(issue.id);
  }

  @FieldResolver(() => Int, { description: 'Failed attempts on record; three open the fault work order (第四十四条).' })
  async failedAttempts(@Root() issue: RemainingIssue, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.attemptsByIssue.load(issue.id)).filter((attempt) => !attempt.succeeded).length;
  }
}

@Resolver(() => IssueAttempt)
export class IssueAttemptResolver {
  @FieldResolver(() => User)
  triedBy(@Root() attempt: IssueAttempt, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, attempt.triedById);
  }
}
