import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A project card's counters (SPEC §8), live on the board." })
export class ProjectCounters {
  @Field(() => Int)
  openRemainingIssues: number;

  @Field(() => Int)
  pendingApprovals: number;

  @Field(() => Int, { description: 'Fault work orders with the manager or with R&D.' })
  openWorkOrders: number;

  @Field(() => Int, { description: 'Open service-desk tickets on the project.' })
  openTickets: number;

  @Field(() => Int, { description: 'Open tickets whose SLA is at risk: a clock past its warning or breached.' })
  ticketsAtRisk: number;
}
