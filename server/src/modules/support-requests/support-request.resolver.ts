import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { Handoff } from './handoff.entity';
import { SupportParty } from './support-request.enums';
import { SupportRequest } from './support-request.entity';
import { HOLDER } from './support-request.flow';
import { RequestSupportInput, SupportActionInput } from './support-request.inputs';

@Resolver(() => SupportRequest)
export class SupportRequestResolver {
  @SignedIn(Role.SALES)
  @Mutation(() => SupportRequest, { description: 'The responsible sales asks the first pre-sales for support.' })
  requestSupport(@Ctx() context: Context, @Arg('input', () => RequestSupportInput) input: RequestSupportInput): Promise<SupportRequest> {
    return context.services.supportRequests.request(requireUser(context), input);
  }

  @SignedIn(Role.SALES, Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => SupportRequest, { description: 'Accept, propose a time, mark urgent, hand off, escalate, report, complete.' })
  actOnSupportRequest(@Ctx() context: Context, @Arg('input', () => SupportActionInput) input: SupportActionInput): Promise<SupportRequest> {
    return context.services.supportRequests.act(requireUser(context), input);
  }

  @FieldResolver(() => SupportParty, { description: 'Who holds the ball now.' })
  holder(@Root() request: SupportRequest): SupportParty {
    return HOLDER[request.status];
  }

  @FieldResolver(() => User)
  requestedBy(@Root() request: SupportRequest, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, request.requestedById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who answers for a hand-off that bounced back (第七条).' })
  responsibleForFailure(@Root() request: SupportRequest, @Ctx() context: Context): Promise<User | null> {
    return request.responsibleForFailureId ? context.loaders.userById.load(request.responsibleForFailureId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Handoff])
  handoffs(@Root() request: SupportRequest, @Ctx() context: Context): Promise<Handoff[]> {
    return context.loaders.handoffsByRequest.load(request.id);
  }
}

/** The support-request side of the shared project record. */
@Resolver(() => Project)
export class ProjectSupportRequestsResolver {
  @FieldResolver(() => [SupportRequest], { description: 'Support requests, newest first.' })
  supportRequests(@Root() project: Project, @Ctx() context: Context): Promise<SupportRequest[]> {
    return context.loaders.supportRequestsByProject.load(project.id);
  }
}
