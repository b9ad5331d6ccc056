import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { notFound } from '../../platform/graphql/errors';
import { Customer } from '../customers/customer.entity';
import { User } from '../users/user.entity';
import { Initiation } from './initiation.entity';
import { InitiateProjectInput, MoveProjectStageInput } from './project.inputs';
import { INITIATOR_ROLES, canMoveStage } from './project.policy';
import { Project } from './project.entity';
import { ProjectMember } from './project-member.entity';
import { ProjectMemberRole } from './project-member-role';
import { ProjectCounters } from './project-counters.type';
import { ProjectPermissions } from './project-permissions.type';
import { ProjectStage, STAGE_TRANSITIONS } from './project-stage';
import { SupportType } from './support-type';

const memberWithRole = async (context: Context, project: Project, role: ProjectMemberRole): Promise<User | null> => {
  const member = (await context.loaders.membersByProject.load(project.id)).find((m) => m.role === role);
  return member ? context.loaders.userById.load(member.userId) : null;
};

const required = <T>(value: T | null, what: string): T => {
  if (value === null) throw notFound(what);
  return value;
};

@Resolver(() => Project)
export class ProjectResolver {
  @SignedIn()
  @Query(() => [Project], { description: 'The board: every project the viewer may see.' })
  projects(@Ctx() context: Context, @Arg('stage', () => ProjectStage, { nullable: true }) stage?: ProjectStage | null): Promise<Project[]> {
    return context.services.projects.listVisible(requireUser(context), stage);
  }

  @SignedIn()
  @Query(() => Project, { description: 'One project; NOT_FOUND when it does not exist or is not visible to the viewer.' })
  project(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<Project> {
    return context.services.projects.findVisible(requireUser(context), id);
  }

  @SignedIn(...INITIATOR_ROLES)
  @Mutation(() => Project, { description: 'Submits a 技术支持立项单 and creates the project with its members.' })
  initiateProject(@Ctx() context: Context, @Arg('input', () => InitiateProjectInput) input: InitiateProjectInput): Promise<Project> {
    return context.services.projects.initiate(requireUser(context), input);
  }

  @SignedIn()
  @Mutation(() => Project, { description: 'Moves a project to another stage (compare-and-set on stage and version).' })
  moveProjectStage(@Ctx() context: Context, @Arg('input', () => MoveProjectStageInput) input: MoveProjectStageInput): Promise<Project> {
    return context.services.projects.moveStage(requireUser(context), input);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() project: Project, @Ctx() context: Context): Promise<Customer> {
    return required(await context.loaders.customerById.load(project.customerId), 'Customer');
  }

  @FieldResolver(() => [ProjectMember])
  members(@Root() project: Project, @Ctx() context: Context): Promise<ProjectMember[]> {
    return context.loaders.membersByProject.load(project.id);
  }

  @FieldResolver(() => User)
  async responsibleSales(@Root() project: Project, @Ctx() context: Context): Promise<User> {
    return required(await memberWithRole(context, project, ProjectMemberRole.RESPONSIBLE_SALES), 'Responsible sales');
  }

  @FieldResolver(() => User)
  async firstPresales(@Root() project: Project, @Ctx() context: Context): Promise<User> {
    return required(await memberWithRole(context, project, ProjectMemberRole.FIRST_PRESALES), 'First pre-sales');
  }

  @FieldResolver(() => User, { nullable: true })
  secondPresales(@Root() project: Project, @Ctx() context: Context): Promise<User | null> {
    return memberWithRole(context, project, ProjectMemberRole.SECOND_PRESALES);
  }

  @FieldResolver(() => Initiation, { description: 'The current revision of the initiation form.' })
  async initiation(@Root() project: Project, @Ctx() context: Context): Promise<Initiation> {
    return required(await context.loaders.initiationByProject.load(project.id), 'Initiation');
  }

  @FieldResolver(() => [SupportType])
  async supportTypes(@Root() project: Project, @Ctx() context: Context): Promise<SupportType[]> {
    return (await context.loaders.initiationByProject.load(project.id))?.supportTypes ?? [];
  }

  @FieldResolver(() => ProjectCounters)
  async counters(@Root() project: Project, @Ctx() context: Context): Promise<ProjectCounters> {
    const row = await context.loaders.countersByProject.load(project.id);
    return {
      openRemainingIssues: row?.open_remaining_issues ?? 0,
      pendingApprovals: row?.pending_approvals ?? 0,
      openWorkOrders: row?.open_work_orders ?? 0,
      openTickets: row?.open_tickets ?? 0,
      ticketsAtRisk: row?.tickets_at_risk ?? 0,
    };
  }

  @FieldResolver(() => ProjectPermissions)
  async viewerCan(@Root() project: Project, @Ctx() context: Context): Promise<ProjectPermissions> {
    const user = requireUser(context);
    const moveStage = canMoveStage(user, await context.loaders.membersByProject.load(project.id));
    return { moveStage, nextStages: moveStage ? [...STAGE_TRANSITIONS[project.stage]] : [] };
  }
}

@Resolver(() => ProjectMember)
export class ProjectMemberResolver {
  @FieldResolver(() => User)
  async user(@Root() member: ProjectMember, @Ctx() context: Context): Promise<User> {
    return required(await context.loaders.userById.load(member.userId), 'User');
  }
}

@Resolver(() => Initiation)
export class InitiationResolver {
  @FieldResolver(() => Customer)
  async customer(@Root() form: Initiation, @Ctx() context: Context): Promise<Customer> {
    return required(await context.loaders.customerById.load(form.customerId), 'Customer');
  }

  @FieldResolver(() => User)
  async responsibleSales(@Root() form: Initiation, @Ctx() context: Context): Promise<User> {
    return required(await context.loaders.userById.load(form.responsibleSalesId), 'User');
  }

  @FieldResolver(() => User)
  async firstPresales(@Root() form: Initiation, @Ctx() context: Context): Promise<User> {
    return required(await context.loaders.userById.load(form.firstPresalesId), 'User');
  }

  @FieldResolver(() => User, { nullable: true })
  secondPresales(@Root() form: Initiation, @Ctx() context: Context): Promise<User | null> {
    return form.secondPresalesId ? context.loaders.userById.load(form.secondPresalesId) : Promise.resolve(null);
  }

  @FieldResolver(() => User)
  async submittedBy(@Root() form: Initiation, @Ctx() context: Context): Promise<User> {
    return required(await context.loaders.userById.load(form.submittedById), 'User');
  }
}
