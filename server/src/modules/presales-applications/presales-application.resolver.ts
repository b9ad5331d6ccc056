import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Approval } from '../approvals/approval.entity';
import { ApprovalKind } from '../approvals/approval.enums';
import { Customer } from '../customers/customer.entity';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { ApplyForPresalesSupportInput } from './presales-application.inputs';
import { PresalesApplication } from './presales-application.entity';

@Resolver(() => PresalesApplication)
export class PresalesApplicationResolver {
  @SignedIn(Role.SALES)
  @Mutation(() => PresalesApplication, { description: 'Apply for pre-sales support (SALES_DIRECTOR → PRESALES_MANAGER, who assigns the engineer).' })
  applyForPresalesSupport(
    @Ctx() context: Context,
    @Arg('input', () => ApplyForPresalesSupportInput) input: ApplyForPresalesSupportInput,
  ): Promise<PresalesApplication> {
    return context.services.presalesApplications.apply(requireUser(context), input);
  }

  @SignedIn()
  @Query(() => [PresalesApplication], { description: 'Applications the viewer made, or all of them for the directors and managers; newest first.' })
  presalesApplications(@Ctx() context: Context): Promise<PresalesApplication[]> {
    return context.services.presalesApplications.list(requireUser(context));
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() application: PresalesApplication, @Ctx() context: Context): Promise<Customer | null> {
    return context.loaders.customerById.load(application.customerId);
  }

  @FieldResolver(() => User)
  requestedBy(@Root() application: PresalesApplication, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, application.requestedById);
  }

  @FieldResolver(() => Approval, { nullable: true })
  approval(@Root() application: PresalesApplication, @Ctx() context: Context): Promise<Approval | null> {
    return application.approvalId ? context.loaders.approvalById.load(application.approvalId) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The engineer the manager assigned, once approved.' })
  assignedPresales(@Root() application: PresalesApplication, @Ctx() context: Context): Promise<User | null> {
    return application.assignedPresalesId ? context.loaders.userById.load(application.assignedPresalesId) : Promise.resolve(null);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project it became, if the viewer may see it.' })
  project(@Root() application: PresalesApplication, @Ctx() context: Context): Promise<Project | null> {
    return application.projectId ? context.loaders.visibleProjectById.load(application.projectId) : Promise.resolve(null);
  }
}

/** The application an approval decides, for the approvals inbox. */
@Resolver(() => Approval)
export class ApprovalApplicationResolver {
  @FieldResolver(() => PresalesApplication, { nullable: true })
  presalesApplication(@Root() approval: Approval, @Ctx() context: Context): Promise<PresalesApplication | null> {
    return approval.kind === ApprovalKind.PRESALES_APPLICATION ? context.loaders.presalesApplicationById.load(approval.subjectId) : Promise.resolve(null);
  }
}
