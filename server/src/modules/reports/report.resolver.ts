import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { CommunicationReport } from './communication-report.entity';
import { RemainingIssue } from './remaining-issue.entity';
import { FileCommunicationReportInput } from './report.inputs';
import { TrackingEntry } from './tracking-entry.entity';

@Resolver(() => CommunicationReport)
export class CommunicationReportResolver {
  @SignedIn(Role.PRESALES)
  @Mutation(() => CommunicationReport, { description: 'Files a communication report to the responsible sales (第十二–十六条).' })
  fileCommunicationReport(
    @Ctx() context: Context,
    @Arg('input', () => FileCommunicationReportInput) input: FileCommunicationReportInput,
  ): Promise<CommunicationReport> {
    return context.services.reports.file(requireUser(context), input);
  }

  @SignedIn(Role.SALES)
  @Mutation(() => CommunicationReport, { description: 'The responsible sales asks for a phone report in writing.' })
  requestWrittenReport(@Ctx() context: Context, @Arg('reportId', () => ID) reportId: string): Promise<CommunicationReport> {
    return context.services.reports.requestWritten(requireUser(context), reportId);
  }

  @FieldResolver(() => User)
  author(@Root() report: CommunicationReport, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, report.authorId);
  }
}

@Resolver(() => TrackingEntry)
export class TrackingEntryResolver {
  @SignedIn(Role.PRESALES)
  @Query(() => [TrackingEntry], { description: "The viewer's tracking table (项目跟踪表) for a month, YYYY-MM." })
  myTrackingTable(@Ctx() context: Context, @Arg('month', () => String) month: string): Promise<TrackingEntry[]> {
    return context.services.reports.trackingTable(requireUser(context), month);
  }

  /** Null when the viewer can no longer see the project; the row itself stays theirs. */
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() entry: TrackingEntry, @Ctx() context: Context): Promise<Project | null> {
    return context.loaders.visibleProjectById.load(entry.projectId);
  }

  @FieldResolver(() => User, { description: 'Who did the support.' })
  supporter(@Root() entry: TrackingEntry, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, entry.supporterId);
  }
}

@Resolver(() => RemainingIssue)
export class RemainingIssueResolver {
  @FieldResolver(() => User, { description: 'The responsible (first) pre-sales who must drive it.' })
  owner(@Root() issue: RemainingIssue, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, issue.ownerId);
  }
}

/** The reports side of the shared project record. */
@Resolver(() => Project)
export class ProjectReportsResolver {
  @FieldResolver(() => [CommunicationReport], { description: 'Communication reports, newest first.' })
  reports(@Root() project: Project, @Ctx() context: Context): Promise<CommunicationReport[]> {
    return context.loaders.reportsByProject.load(project.id);
  }

  @FieldResolver(() => [RemainingIssue])
  remainingIssues(@Root() project: Project, @Ctx() context: Context): Promise<RemainingIssue[]> {
    return context.loaders.remainingIssuesByProject.load(project.id);
  }
}
