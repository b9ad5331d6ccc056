import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { DASHBOARD_MANAGERS } from '../dashboards/service-desk-figures';
import { Role } from '../users/role.enum';
import { WorkReport } from './work-report.entity';
import { WorkReportFigures, WorkReportMember, WorkReportProblem } from './work-report.types';

const READERS = [Role.PRESALES, ...DASHBOARD_MANAGERS];

@Resolver(() => WorkReport)
export class WorkReportResolver {
  @SignedIn(...READERS)
  @Query(() => [WorkReport], {
    description: 'The stored work reports (工作报告) of a month (YYYY-MM, not after the current one): PRESALES_MANAGER, TECH_DIRECTOR and GM see every one, the TEAM report first; a PRESALES engineer only their own.',
  })
  workReports(@Ctx() context: Context, @Arg('month', () => String) month: string): Promise<WorkReport[]> {
    return context.services.workReports.list(requireUser(context), month);
  }

  @SignedIn(...READERS)
  @Query(() => WorkReport, {
    nullable: true,
    description: "One stored work report: an engineer's, or the TEAM's when engineerId is null (managers only); null while it has not been generated.",
  })
  workReport(
    @Ctx() context: Context,
    @Arg('month', () => String) month: string,
    @Arg('engineerId', () => ID, { nullable: true }) engineerId: string | null,
  ): Promise<WorkReport | null> {
    return context.services.workReports.find(requireUser(context), month, engineerId ?? null);
  }

  @SignedIn(...READERS)
  @Mutation(() => WorkReport, {
    description: "Generates a month's work report from the records as they are now and stores it, replacing the stored one. Managers any; a PRESALES engineer their own.",
  })
  generateWorkReport(
    @Ctx() context: Context,
    @Arg('month', () => String) month: string,
    @Arg('engineerId', () => ID, { nullable: true }) engineerId: string | null,
  ): Promise<WorkReport> {
    return context.services.workReports.generate(requireUser(context), month, engineerId ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The engineer as named when the report was generated; null for TEAM.' })
  engineerName(@Root() report: WorkReport): string | null {
    return report.content.engineerName;
  }

  @FieldResolver(() => WorkReportFigures)
  figures(@Root() report: WorkReport): WorkReportFigures {
    return report.content.figures;
  }

  @FieldResolver(() => [WorkReportProblem], { description: '存在的问题: the kinds of problem that occurred in the month.' })
  problems(@Root() report: WorkReport): WorkReportProblem[] {
    return report.content.problems;
  }

  @FieldResolver(() => [WorkReportMember], { description: 'TEAM: one line per engineer, by name; empty for an engineer\'s report.' })
  members(@Root() report: WorkReport): WorkReportMember[] {
    return report.content.members;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who generated it; null when the monthly job did.' })
  async generatedBy(@Root() report: WorkReport, @Ctx() context: Context): Promise<string | null> {
    return report.generatedById ? ((await context.loaders.userById.load(report.generatedById))?.name ?? null) : null;
  }
}
