import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Approval } from '../approvals/approval.entity';
import { ApprovalKind } from '../approvals/approval.enums';
import { ImprovementRequest } from '../improvements/improvement-request.entity';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { FaultWorkOrder } from './fault-work-order.entity';
import { RndQueueChange } from './rnd-queue-change.type';
import { WorkOrderPermissions } from './work-order-permissions.type';
import { WorkOrderStatus } from './work-order.enums';
import { ACTIVE_RND_STATES } from './work-order.flow';
import { AddWorkOrderMemberInput, AssignWorkOrderLeadInput, ReviewFaultWorkOrderInput, SubmitFaultWorkOrderInput, WorkOrderActionInput } from './work-order.inputs';
import { rndQueueChanges } from './work-order.subscription';

@Resolver(() => FaultWorkOrder)
export class FaultWorkOrderResolver {
  @SignedIn(Role.PRESALES)
  @Mutation(() => FaultWorkOrder, { description: 'Sends a remaining issue to R&D (after three failed attempts or for an obvious severe bug), for the PRESALES_MANAGER to approve.' })
  submitFaultWorkOrder(@Ctx() context: Context, @Arg('input', () => SubmitFaultWorkOrderInput) input: SubmitFaultWorkOrderInput): Promise<FaultWorkOrder> {
    return context.services.workOrders.submit(requireUser(context), input);
  }

  @SignedIn(Role.RND_MANAGER)
  @Mutation(() => FaultWorkOrder, { description: 'Rejects with advice, or accepts with a lead (or open for R&D to claim).' })
  reviewFaultWorkOrder(@Ctx() context: Context, @Arg('input', () => ReviewFaultWorkOrderInput) input: ReviewFaultWorkOrderInput): Promise<FaultWorkOrder> {
    return context.services.workOrders.review(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES, Role.RND)
  @Mutation(() => FaultWorkOrder, { description: 'Resubmit, claim, request closure, confirm or dispute it, propose or answer a conversion.' })
  actOnWorkOrder(@Ctx() context: Context, @Arg('input', () => WorkOrderActionInput) input: WorkOrderActionInput): Promise<FaultWorkOrder> {
    return context.services.workOrders.act(requireUser(context), input);
  }

  @SignedIn(Role.RND_MANAGER)
  @Mutation(() => FaultWorkOrder, { description: 'Names the lead of an order nobody claimed, or replaces the lead of one in progress.' })
  assignWorkOrderLead(@Ctx() context: Context, @Arg('input', () => AssignWorkOrderLeadInput) input: AssignWorkOrderLeadInput): Promise<FaultWorkOrder> {
    return context.services.workOrders.assignLead(requireUser(context), input);
  }

  @SignedIn(Role.RND)
  @Mutation(() => FaultWorkOrder, { description: 'The lead brings another R&D engineer onto the order.' })
  addWorkOrderMember(@Ctx() context: Context, @Arg('input', () => AddWorkOrderMemberInput) input: AddWorkOrderMemberInput): Promise<FaultWorkOrder> {
    return context.services.workOrders.addMember(requireUser(context), input);
  }

  @SignedIn(Role.RND_MANAGER, Role.RND)
  @Query(() => [FaultWorkOrder], { description: "The viewer's R&D queue, oldest first." })
  rndQueue(@Ctx() context: Context): Promise<FaultWorkOrder[]> {
    return context.services.workOrders.queue(requireUser(context));
  }

  @SignedIn()
  @Query(() => FaultWorkOrder, { description: 'One work order; NOT_FOUND when it does not exist or is not visible to the viewer.' })
  workOrder(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<FaultWorkOrder> {
    return context.services.workOrders.load(requireUser(context), id);
  }

  @FieldResolver(() => String, { description: 'The project, by name (R&D may not see the project itself).' })
  async projectName(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<string> {
    return (await context.loaders.projectNameById.load(order.projectId))?.name ?? '';
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<Project | null> {
    return context.loaders.visibleProjectById.load(order.projectId);
  }

  @FieldResolver(() => User)
  submittedBy(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, order.submittedById);
  }

  @FieldResolver(() => User, { nullable: true })
  lead(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<User | null> {
    return order.leadId ? context.loaders.userById.load(order.leadId) : Promise.resolve(null);
  }

  @FieldResolver(() => [User], { description: 'R&D engineers the lead brought on.' })
  async members(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<User[]> {
    const members = await context.loaders.membersByWorkOrder.load(order.id);
    return Promise.all(members.map((member) => loadUserOrFail(context.loaders, member.userId)));
  }

  @FieldResolver(() => Approval, { nullable: true, description: "The PRESALES_MANAGER's approval." })
  approval(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<Approval | null> {
    return order.approvalId ? context.loaders.approvalById.load(order.approvalId) : Promise.resolve(null);
  }

  @FieldResolver(() => WorkOrderPermissions)
  viewerCan(@Root() order: FaultWorkOrder, @Ctx() context: Context): WorkOrderPermissions {
    const viewer = requireUser(context);
    const { workOrders } = context.services;
    const managesRnd = viewer.roles.includes(Role.RND_MANAGER);
    return {
      review: managesRnd && order.status === WorkOrderStatus.AWAITING_RND_REVIEW,
      assignLead: managesRnd && (order.status === WorkOrderStatus.OPEN_FOR_CLAIM || order.status === WorkOrderStatus.IN_PROGRESS),
      addMembers: order.leadId === viewer.id && ACTIVE_RND_STATES.includes(order.status),
      actions: workOrders.actionsFor(viewer, order),
    };
  }
}

@Resolver(() => RndQueueChange)
export class RndQueueResolver {
  @SignedIn(Role.RND_MANAGER, Role.RND)
  @Subscription(() => RndQueueChange, {
    description: "Each change to the viewer's R&D queue, live.",
    subscribe: ({ context }) => rndQueueChanges(context as Context),
  })
  rndQueueChanged(@Root() change: RndQueueChange): RndQueueChange {
    return change;
  }

  @FieldResolver(() => FaultWorkOrder, { nullable: true, description: 'The work order as it is now; null if the change is about an improvement request, or it is no longer visible.' })
  workOrder(@Root() change: RndQueueChange, @Ctx() context: Context): Promise<FaultWorkOrder | null> {
    return change.workOrderId ? context.services.workOrders.findVisible(requireUser(context), change.workOrderId) : Promise.resolve(null);
  }

  @FieldResolver(() => ImprovementRequest, { nullable: true, description: 'The improvement request as it is now; null if the change is about a work order, or it is no longer visible.' })
  improvementRequest(@Root() change: RndQueueChange, @Ctx() context: Context): Promise<ImprovementRequest | null> {
    return change.improvementRequestId ? context.services.improvements.findVisible(requireUser(context), change.improvementRequestId) : Promise.resolve(null);
  }
}

/** The R&D side of the project record. */
@Resolver(() => Project)
export class ProjectWorkOrdersResolver {
  @FieldResolver(() => [FaultWorkOrder], { description: 'Fault work orders, newest first.' })
  workOrders(@Root() project: Project, @Ctx() context: Context): Promise<FaultWorkOrder[]> {
    return context.loaders.workOrdersByProject.load(project.id);
  }
}

@Resolver(() => Approval)
export class ApprovalWorkOrderResolver {
  @FieldResolver(() => FaultWorkOrder, { nullable: true, description: 'The fault work order this approval decides.' })
  workOrder(@Root() approval: Approval, @Ctx() context: Context): Promise<FaultWorkOrder | null> {
    // Whoever may see the approval may see what it decides (as with documents).
    return approval.kind === ApprovalKind.FAULT_WORK_ORDER ? context.loaders.workOrderById.load(approval.subjectId) : Promise.resolve(null);
  }
}

