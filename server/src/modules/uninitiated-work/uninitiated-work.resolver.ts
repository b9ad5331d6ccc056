import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Customer } from '../customers/customer.entity';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { UninitiatedWorkChange } from './uninitiated-work-change.type';
import { UninitiatedWork } from './uninitiated-work.entity';
import { LinkInitiatedProjectInput, RecordUninitiatedWorkInput, UninitiatedWorkStepInput } from './uninitiated-work.inputs';
import { uninitiatedWorkChanges } from './uninitiated-work.subscription';

@Resolver(() => UninitiatedWork)
export class UninitiatedWorkResolver {
  @SignedIn()
  @Query(() => [UninitiatedWork], { description: 'Records the viewer is named on (all of them for the department heads), newest first.' })
  uninitiatedWork(@Ctx() context: Context): Promise<UninitiatedWork[]> {
    return context.services.uninitiatedWork.list(requireUser(context));
  }

  @SignedIn(Role.PRESALES)
  @Mutation(() => UninitiatedWork, { description: 'A pre-sales records support on a project that has not been initiated (第十一条).' })
  recordUninitiatedWork(@Ctx() context: Context, @Arg('input', () => RecordUninitiatedWorkInput) input: RecordUninitiatedWorkInput): Promise<UninitiatedWork> {
    return context.services.uninitiatedWork.record(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES)
  @Mutation(() => UninitiatedWork, { description: 'Reminds the sales to initiate the project; the reminder is on record.' })
  remindSalesToInitiate(@Ctx() context: Context, @Arg('input', () => UninitiatedWorkStepInput) input: UninitiatedWorkStepInput): Promise<UninitiatedWork> {
    return context.services.uninitiatedWork.remind(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES)
  @Mutation(() => UninitiatedWork, { description: 'Stops support after a reminder; the record then holds the sales responsible.' })
  stopUninitiatedSupport(@Ctx() context: Context, @Arg('input', () => UninitiatedWorkStepInput) input: UninitiatedWorkStepInput): Promise<UninitiatedWork> {
    return context.services.uninitiatedWork.stop(requireUser(context), input);
  }

  @SignedIn(Role.SALES, Role.PRESALES)
  @Mutation(() => UninitiatedWork, { description: 'Links the project the sales has now initiated.' })
  linkInitiatedProject(@Ctx() context: Context, @Arg('input', () => LinkInitiatedProjectInput) input: LinkInitiatedProjectInput): Promise<UninitiatedWork> {
    return context.services.uninitiatedWork.link(requireUser(context), input);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() work: UninitiatedWork, @Ctx() context: Context): Promise<Customer | null> {
    return context.loaders.customerById.load(work.customerId);
  }

  @FieldResolver(() => User)
  sales(@Root() work: UninitiatedWork, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, work.salesId);
  }

  @FieldResolver(() => User)
  presales(@Root() work: UninitiatedWork, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, work.presalesId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Once support stopped after a reminder: the sales, who answers for any delay, also after a late initiation.' })
  responsibleForDelay(@Root() work: UninitiatedWork, @Ctx() context: Context): Promise<User | null> {
    return work.stoppedAt ? context.loaders.userById.load(work.salesId) : Promise.resolve(null);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() work: UninitiatedWork, @Ctx() context: Context): Promise<Project | null> {
    return work.projectId ? context.loaders.visibleProjectById.load(work.projectId) : Promise.resolve(null);
  }
}

@Resolver(() => UninitiatedWorkChange)
export class UninitiatedWorkChangeResolver {
  @SignedIn()
  @Subscription(() => UninitiatedWorkChange, {
    description: 'Each change to a record the viewer is named on or oversees, live.',
    subscribe: ({ context }) => uninitiatedWorkChanges(context as Context),
  })
  uninitiatedWorkChanged(@Root() change: UninitiatedWorkChange): UninitiatedWorkChange {
    return change;
  }

  @FieldResolver(() => UninitiatedWork, { nullable: true, description: 'The record as it is now; null if no longer visible.' })
  work(@Root() change: UninitiatedWorkChange, @Ctx() context: Context): Promise<UninitiatedWork | null> {
    return context.services.uninitiatedWork.findVisible(requireUser(context), change.workId);
  }
}
