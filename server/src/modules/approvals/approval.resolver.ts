import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { ApprovalInboxChange } from './approval-inbox-change.type';
import { ApprovalStep } from './approval-step.entity';
import { Approval } from './approval.entity';
import { ApprovalKind } from './approval.enums';
import { DecideApprovalInput, RequestResourceInput } from './approval.inputs';
import { APPROVER_ROLES } from './approval.chains';
import { approvalInboxChanges } from './approval.subscription';
import { ResourceRequest } from './resource-request.entity';

@Resolver(() => Approval)
export class ApprovalResolver {
  @SignedIn()
  @Query(() => [Approval], { description: 'Approvals waiting for the viewer, oldest first.' })
  approvalsInbox(@Ctx() context: Context): Promise<Approval[]> {
    return context.services.approvals.inbox(requireUser(context));
  }

  @SignedIn(...APPROVER_ROLES)
  @Mutation(() => Approval, { description: 'Approve or reject the current step (reject needs a comment).' })
  decideApproval(@Ctx() context: Context, @Arg('input', () => DecideApprovalInput) input: DecideApprovalInput): Promise<Approval> {
    return context.services.approvals.decide(requireUser(context), input);
  }

  @SignedIn(Role.SALES, Role.PRESALES)
  @Mutation(() => ResourceRequest, { description: 'Ask for an additional pre-sales (PRESALES_MANAGER → TECH_DIRECTOR → GM).' })
  requestResource(@Ctx() context: Context, @Arg('input', () => RequestResourceInput) input: RequestResourceInput): Promise<ResourceRequest> {
    return context.services.approvals.requestResource(requireUser(context), input);
  }

  @FieldResolver(() => [ApprovalStep])
  steps(@Root() approval: Approval, @Ctx() context: Context): Promise<ApprovalStep[]> {
    return context.loaders.stepsByApproval.load(approval.id);
  }

  @FieldResolver(() => User)
  requestedBy(@Root() approval: Approval, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, approval.requestedById);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() approval: Approval, @Ctx() context: Context): Promise<Project | null> {
    return approval.projectId ? context.loaders.visibleProjectById.load(approval.projectId) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: "The project's name, shown to every approver even where the project itself is not visible to them." })
  async projectName(@Root() approval: Approval, @Ctx() context: Context): Promise<string | null> {
    return approval.projectId ? ((await context.loaders.projectNameById.load(approval.projectId))?.name ?? null) : null;
  }

  @FieldResolver(() => ResourceRequest, { nullable: true })
  resourceRequest(@Root() approval: Approval, @Ctx() context: Context): Promise<ResourceRequest | null> {
    return approval.kind === ApprovalKind.RESOURCE_REQUEST ? context.loaders.resourceRequestById.load(approval.subjectId) : Promise.resolve(null);
  }
}

@Resolver(() => ApprovalStep)
export class ApprovalStepResolver {
  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() step: ApprovalStep, @Ctx() context: Context): Promise<User | null> {
    return step.decidedById ? context.loaders.userById.load(step.decidedById) : Promise.resolve(null);
  }
}

@Resolver(() => ResourceRequest)
export class ResourceRequestResolver {
  @FieldResolver(() => User, { description: 'Who would join as additional pre-sales.' })
  candidate(@Root() request: ResourceRequest, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, request.candidateId);
  }

  @FieldResolver(() => User)
  requestedBy(@Root() request: ResourceRequest, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, request.requestedById);
  }

  @FieldResolver(() => Approval, { nullable: true })
  approval(@Root() request: ResourceRequest, @Ctx() context: Context): Promise<Approval | null> {
    return request.approvalId ? context.loaders.approvalById.load(request.approvalId) : Promise.resolve(null);
  }
}

@Resolver(() => ApprovalInboxChange)
export class ApprovalInboxResolver {
  @SignedIn()
  @Subscription(() => ApprovalInboxChange, {
    description: "Each change to the viewer's approvals inbox, live.",
    subscribe: ({ context }) => approvalInboxChanges(context as Context),
  })
  approvalsInboxChanged(@Root() change: ApprovalInboxChange): ApprovalInboxChange {
    return change;
  }

  @FieldResolver(() => Approval, { nullable: true, description: 'The approval as it is now; null if no longer visible.' })
  async approval(@Root() change: ApprovalInboxChange, @Ctx() context: Context): Promise<Approval | null> {
    const approval = await context.loaders.approvalById.load(change.approvalId);
    return approval && (await context.services.approvals.maySee(requireUser(context), approval)) ? approval : null;
  }
}

/** The approvals side of the shared project record. */
@Resolver(() => Project)
export class ProjectApprovalsResolver {
  @FieldResolver(() => [Approval], { description: 'Every approval on the project, newest first.' })
  approvals(@Root() project: Project, @Ctx() context: Context): Promise<Approval[]> {
    return context.loaders.approvalsByProject.load(project.id);
  }
}
