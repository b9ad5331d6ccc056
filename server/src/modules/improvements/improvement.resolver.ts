import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { ImprovementRequest } from './improvement-request.entity';
import {
  CompleteImprovementRequestInput,
  DecideImprovementRequestInput,
  DeclineImprovementRequestInput,
  ImprovementStepInput,
  IssueImprovementRequestInput,
  LogRndTimeInput,
} from './improvement.inputs';
import { seesRndCost } from './improvement.policy';
import { RndCost, rndCostOf } from './rnd-cost.type';
import { RndTimeEntry } from './rnd-time-entry.entity';

/** A request's time is its lead's to see, and bonus-related for everyone else. */
async function seesTimeOf(context: Context, request: ImprovementRequest): Promise<boolean> {
  const viewer = requireUser(context);
  return request.rndLeadId === viewer.id || seesRndCost(viewer, await context.loaders.membersByProject.load(request.projectId));
}

@Resolver(() => ImprovementRequest)
export class ImprovementRequestResolver {
  @SignedIn(Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => ImprovementRequest, { description: 'Issues a product improvement request (the third and later: PRESALES_MANAGER only).' })
  issueImprovementRequest(@Ctx() context: Context, @Arg('input', () => IssueImprovementRequestInput) input: IssueImprovementRequestInput): Promise<ImprovementRequest> {
    return context.services.improvements.issue(requireUser(context), input);
  }

  @SignedIn(Role.SALES)
  @Mutation(() => ImprovementRequest, { description: "The responsible sales agrees to the pre-sales' request; it goes to R&D." })
  agreeToImprovementRequest(@Ctx() context: Context, @Arg('input', () => ImprovementStepInput) input: ImprovementStepInput): Promise<ImprovementRequest> {
    return context.services.improvements.agree(requireUser(context), input);
  }

  @SignedIn(Role.SALES)
  @Mutation(() => ImprovementRequest, { description: "The responsible sales does not agree to the pre-sales' request; its remaining issue goes back to support." })
  declineImprovementRequest(@Ctx() context: Context, @Arg('input', () => DeclineImprovementRequestInput) input: DeclineImprovementRequestInput): Promise<ImprovementRequest> {
    return context.services.improvements.decline(requireUser(context), input);
  }

  @SignedIn(Role.RND_MANAGER)
  @Mutation(() => ImprovementRequest, { description: 'Accepts with an R&D lead, or rejects with a reason.' })
  decideImprovementRequest(@Ctx() context: Context, @Arg('input', () => DecideImprovementRequestInput) input: DecideImprovementRequestInput): Promise<ImprovementRequest> {
    return context.services.improvements.decide(requireUser(context), input);
  }

  @SignedIn(Role.RND)
  @Mutation(() => RndTimeEntry, { description: 'The R&D lead logs net R&D time.' })
  logRndTime(@Ctx() context: Context, @Arg('input', () => LogRndTimeInput) input: LogRndTimeInput): Promise<RndTimeEntry> {
    return context.services.improvements.logTime(requireUser(context), input);
  }

  @SignedIn(Role.RND)
  @Mutation(() => ImprovementRequest, { description: 'The R&D lead completes it, with the custom version built for it if any.' })
  completeImprovementRequest(
    @Ctx() context: Context,
    @Arg('input', () => CompleteImprovementRequestInput) input: CompleteImprovementRequestInput,
  ): Promise<ImprovementRequest> {
    return context.services.improvements.complete(requireUser(context), input);
  }

  @SignedIn(Role.RND_MANAGER, Role.RND)
  @Query(() => [ImprovementRequest], { description: "R&D's improvement requests: awaiting review and in progress (RND_MANAGER), or those one leads." })
  improvementQueue(@Ctx() context: Context): Promise<ImprovementRequest[]> {
    return context.services.improvements.queue(requireUser(context));
  }

  @FieldResolver(() => String, { description: 'The project, by name (R&D may not see the project itself).' })
  async projectName(@Root() request: ImprovementRequest, @Ctx() context: Context): Promise<string> {
    return (await context.loaders.projectNameById.load(request.projectId))?.name ?? '';
  }

  @FieldResolver(() => User)
  issuedBy(@Root() request: ImprovementRequest, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, request.issuedById);
  }

  @FieldResolver(() => User, { nullable: true })
  rndLead(@Root() request: ImprovementRequest, @Ctx() context: Context): Promise<User | null> {
    return request.rndLeadId ? context.loaders.userById.load(request.rndLeadId) : Promise.resolve(null);
  }

  @FieldResolver(() => [RndTimeEntry], { description: 'Its lead, and whoever may see the R&D cost (else empty).' })
  async timeEntries(@Root() request: ImprovementRequest, @Ctx() context: Context): Promise<RndTimeEntry[]> {
    return (await seesTimeOf(context, request)) ? context.loaders.timeEntriesByImprovement.load(request.id) : [];
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Net R&D minutes logged on it; null for who may not see the R&D cost.' })
  async rndMinutes(@Root() request: ImprovementRequest, @Ctx() context: Context): Promise<number | null> {
    if (!(await seesTimeOf(context, request))) return null;
    return (await context.loaders.timeEntriesByImprovement.load(request.id)).reduce((sum, entry) => sum + entry.minutes, 0);
  }
}

@Resolver(() => RndTimeEntry)
export class RndTimeEntryResolver {
  @FieldResolver(() => User)
  user(@Root() entry: RndTimeEntry, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, entry.userId);
  }
}

/** The improvement side of the project record. */
@Resolver(() => Project)
export class ProjectImprovementsResolver {
  @FieldResolver(() => [ImprovementRequest], { description: 'Improvement requests, in the order they were issued.' })
  improvementRequests(@Root() project: Project, @Ctx() context: Context): Promise<ImprovementRequest[]> {
    return context.loaders.improvementsByProject.load(project.id);
  }

  @FieldResolver(() => RndCost, { nullable: true, description: 'Bonus-related: only for the responsible sales, the managers and the GM; null for anyone else.' })
  async rndCost(@Root() project: Project, @Ctx() context: Context): Promise<RndCost | null> {
    if (!seesRndCost(requireUser(context), await context.loaders.membersByProject.load(project.id))) return null;
    const minutes = (await context.loaders.rndMinutesByProject.load(project.id))?.minutes ?? 0;
    return rndCostOf(minutes, context.services.config.rndCostFlagHours);
  }
}
