import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role, STAFF_ROLES } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { Complaint } from './complaint.entity';
import { DecideComplaintInput, FileComplaintInput } from './complaint.inputs';
import { PerformanceLevel } from './performance-level.type';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @SignedIn(...STAFF_ROLES)
  @Query(() => [Complaint], { description: 'Complaints the viewer may see: managers and GM all, others their own.' })
  complaints(@Ctx() context: Context): Promise<Complaint[]> {
    return context.services.complaints.list(requireUser(context));
  }

  @SignedIn(...STAFF_ROLES)
  @Query(() => PerformanceLevel, { description: "An engineer's level for a month (YYYY-MM): the person, managers and GM only." })
  performanceLevel(
    @Ctx() context: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('month', () => String) month: string,
  ): Promise<PerformanceLevel> {
    return context.services.complaints.performanceLevel(requireUser(context), userId, month);
  }

  @SignedIn(Role.SALES)
  @Mutation(() => Complaint, { description: 'The responsible sales complains to the PRESALES_MANAGER (cc TECH_DIRECTOR).' })
  fileComplaint(@Ctx() context: Context, @Arg('input', () => FileComplaintInput) input: FileComplaintInput): Promise<Complaint> {
    return context.services.complaints.file(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES_MANAGER)
  @Mutation(() => Complaint, { description: 'Uphold or dismiss a complaint, once.' })
  decideComplaint(@Ctx() context: Context, @Arg('input', () => DecideComplaintInput) input: DecideComplaintInput): Promise<Complaint> {
    return context.services.complaints.decide(requireUser(context), input);
  }

  @FieldResolver(() => User)
  complainant(@Root() complaint: Complaint, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, complaint.complainantId);
  }

  @FieldResolver(() => User)
  respondent(@Root() complaint: Complaint, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, complaint.respondentId);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() complaint: Complaint, @Ctx() context: Context): Promise<User | null> {
    return complaint.decidedById ? context.loaders.userById.load(complaint.decidedById) : Promise.resolve(null);
  }

  /** The project as far as the viewer may see it (a respondent who left it sees null). */
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() complaint: Complaint, @Ctx() context: Context): Promise<Project | null> {
    return context.loaders.visibleProjectById.load(complaint.projectId);
  }
}
