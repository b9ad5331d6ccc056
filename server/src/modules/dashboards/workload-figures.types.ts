import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "One PRESALES engineer's workload (SPEC §9). Open tickets and projects are as they are now; the rest is counted over the period's company days (Asia/Shanghai). The filter's priority, customer and product do not apply here.",
})
export class EngineerWorkload {
  @Field(() => ID)
  engineerId: string;

  @Field(() => String)
  engineerName: string;

  @Field(() => Int, { description: 'Tickets assigned to them now that are neither RESOLVED nor CLOSED.' })
  openTickets: number;

  @Field(() => Int, { description: 'Projects, not CLOSED, where they are first pre-sales (第一责任售前) now.' })
  firstPresalesProjects: number;

  @Field(() => Int, { description: 'Projects, not CLOSED, where they are second pre-sales (第二售前) now.' })
  secondPresalesProjects: number;

  @Field(() => Int, { description: 'Rows of their tracking table (项目跟踪表) dated in the period, whoever did the support.' })
  trackingEntries: number;

  @Field(() => Int, { description: 'Communication reports they filed in the period.' })
  reportsFiled: number;

  @Field(() => Int, { description: 'Of reportsFiled, those filed more than REPORT_LATE_AFTER_HOURS (default 24) after the communication.' })
  reportsLate: number;

  @Field(() => Int, {
    description:
      'Phone reports they filed in the period whose responsible sales asked for the written report (第十三条). Liaison does not link a later written report to the phone one, so this counts the requests, answered or not.',
  })
  reportsMissing: number;

  @Field(() => Int, { description: 'Complaints (投诉) about them filed in the period, whatever their status.' })
  complaintsFiled: number;

  @Field(() => Int, { description: 'Of complaintsFiled, those upheld.' })
  complaintsUpheld: number;

  @Field(() => Int, {
    description: "Their performance level for the month of the period's last day, exactly as performanceLevel gives it: 0 is normal, each deduction takes one off.",
  })
  performanceLevel: number;
}
