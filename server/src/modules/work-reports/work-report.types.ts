import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * One engineer's month, or the department's. "In the month" means in the calendar month in
 * company time (Asia/Shanghai).
 */
@ObjectType({ description: "One engineer's month of work (工作成果), or for the TEAM report the sums of its members'." })
export class WorkReportFigures {
  @Field(() => Int, { description: 'Tickets assigned to the engineer that were created in the month.' })
  ticketsAssigned: number;

  @Field(() => Int, { description: 'Tickets assigned to the engineer whose resolution fell in the month (the latest one: a reopen takes a resolution back).' })
  ticketsResolved: number;

  @Field(() => Int, { description: 'Of the tickets resolved in the month, those whose response clock was met.' })
  responseMet: number;

  @Field(() => Int, { description: 'Of the tickets resolved in the month, those whose response clock was breached.' })
  responseBreached: number;

  @Field(() => Int, { description: 'Of the tickets resolved in the month, those whose resolution clock was met.' })
  resolutionMet: number;

  @Field(() => Int, { description: 'Of the tickets resolved in the month, those whose resolution clock was breached.' })
  resolutionBreached: number;

  @Field(() => Int, { description: "Satisfaction surveys counting for the engineer that the customer answered in the month." })
  satisfactionAnswered: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean over those surveys of each survey's mean of its four scores (1–5); for TEAM over all the members' surveys. Null when none was answered.",
  })
  satisfactionAverage: number | null;

  @Field(() => Int, { description: 'Communication reports (沟通汇报) the engineer filed in the month.' })
  reportsFiled: number;

  @Field(() => Int, { description: "Rows of the engineer's tracking table (项目跟踪表) dated in the month." })
  trackingEntries: number;

  @Field(() => Int, { description: 'Distinct projects of those tracking-table rows; for TEAM the sum of the members\' counts.' })
  projectsSupported: number;

  @Field(() => Int, { description: 'Fault work orders the engineer submitted in the month.' })
  workOrdersSubmitted: number;

  @Field(() => Int, { description: 'Product improvement requests the engineer issued in the month.' })
  improvementRequests: number;

  @Field(() => Int, { description: 'Complaints about the engineer filed in the month and upheld.' })
  complaintsUpheld: number;

  @Field(() => Int, {
    description: "The engineer's performance level for the month, as the performanceLevel query gives it (0 normal, −1 per deduction). For TEAM: the lowest level among the members (0 without members).",
  })
  performanceLevel: number;
}

@ObjectType({ description: '存在的问题: one kind of problem of the month, generated from the records.' })
export class WorkReportProblem {
  @Field(() => String, { description: 'Stable code for the client to translate: SLA_BREACHED, COMPLAINT_UPHELD, REMAINING_ISSUE_OPEN or LOW_SATISFACTION.' })
  kind: string;

  @Field(() => Int, { description: 'How many tickets, complaints, issues or surveys.' })
  count: number;

  @Field(() => String, { description: 'What they are, comma-separated: ticket numbers (SLA_BREACHED, LOW_SATISFACTION) or project names (COMPLAINT_UPHELD, REMAINING_ISSUE_OPEN).' })
  detail: string;
}

@ObjectType({ description: "One engineer's line of a TEAM report." })
export class WorkReportMember {
  @Field(() => ID)
  engineerId: string;

  @Field(() => String, { description: 'The name when the report was generated.' })
  engineerName: string;

  @Field(() => WorkReportFigures)
  figures: WorkReportFigures;
}

/** What a stored report holds (work_report.content): a snapshot, so names are as they were when it was generated. */
export interface WorkReportContent {
  /** Null for TEAM. */
  engineerName: string | null;
  figures: WorkReportFigures;
  /** Only the kinds that occurred, in WorkReportProblemKind order. */
  problems: WorkReportProblem[];
  /** TEAM: one per engineer, by name; ENGINEER: empty. */
  members: WorkReportMember[];
}
