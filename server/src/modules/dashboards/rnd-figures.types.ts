import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { WorkOrderStatus } from '../work-orders/work-order.enums';

@InputType({ description: 'A period of company days (Asia/Shanghai) and optional filters for the R&D figures (SPEC §9).' })
export class RndFilter {
  @Field(() => String, { description: 'First company day (YYYY-MM-DD, Asia/Shanghai), included.' })
  from: string;

  @Field(() => String, { description: 'Last company day (YYYY-MM-DD, Asia/Shanghai), included; at most 366 days after `from`, counting both.' })
  to: string;

  @Field(() => ID, { nullable: true, description: 'Work orders, improvement requests and R&D time of this project only.' })
  projectId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Work orders this R&D engineer leads, the improvement requests they lead and the R&D time they logged. An RND engineer without a manager role always gets their own.',
  })
  leadId?: string | null;
}

@ObjectType({ description: 'The fault work orders created in the period that are now in one status, and how long the open ones have been around.' })
export class WorkOrderStateFigure {
  @Field(() => WorkOrderStatus)
  status: WorkOrderStatus;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'Average days since creation (wall clock, until now); null for a final status (CLOSED, CONVERTED, WITHDRAWN, REJECTED_BY_MANAGER) and when count is 0.' })
  averageAgeDays: number | null;

  @Field(() => Float, { nullable: true, description: 'Days since the oldest was created; null as for averageAgeDays.' })
  oldestAgeDays: number | null;
}

@ObjectType({ description: 'A distribution of wall-clock durations in hours (continuous percentiles, PostgreSQL percentile_cont).' })
export class HoursDistribution {
  @Field(() => Int, { description: 'How many work orders the distribution is taken over.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.5); null when count is 0.' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.9); null when count is 0.' })
  p90: number | null;
}

@ObjectType({ description: "One project's R&D cost (第二十二条): its improvement requests and R&D time in the period, and its bonus flag." })
export class RndProjectCost {
  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => Int, { description: 'Improvement requests created in the period.' })
  improvementRequests: number;

  @Field(() => Int, { description: 'Of those, the ones not yet DONE or REJECTED.' })
  openImprovementRequests: number;

  @Field(() => Float, { description: 'Net R&D time logged for days in the period (rnd_time_entry.worked_on), in hours.' })
  rndHours: number;

  @Field(() => Int, { description: 'The setting: net R&D hours beyond which the bonus is computed after R&D cost.' })
  thresholdHours: number;

  @Field(() => Boolean, {
    description:
      "The project's status now, as Project.rndCost shows it: all its net R&D time ever, not just the period's, exceeds thresholdHours, so its sales bonus is computed after deducting R&D cost.",
  })
  bonusAfterRndCost: boolean;
}

@ObjectType({ description: 'R&D figures over a period (SPEC §9), computed by PostgreSQL.' })
export class RndFigures {
  @Field(() => [WorkOrderStateFigure], { description: 'The fault work orders created in the period by status now: every status, in the order of WorkOrderStatus, zeros included.' })
  workOrdersByState: WorkOrderStateFigure[];

  @Field(() => HoursDistribution, { description: 'Wall-clock hours from creation to the first lead (created_at → assigned_at), over the orders created in the period that ever got a lead.' })
  hoursToAssign: HoursDistribution;

  @Field(() => HoursDistribution, { description: 'Wall-clock hours from creation to CLOSED or CONVERTED (created_at → closed_at), over the orders created in the period that reached either.' })
  hoursToClose: HoursDistribution;

  @Field(() => [RndProjectCost], {
    description:
      'Bonus-related (SPEC §1): for RND_MANAGER, PRESALES_MANAGER, TECH_DIRECTOR and GM only, empty for an RND engineer. The projects with improvement requests created or R&D time logged in the period, most R&D hours first.',
  })
  projectCosts: RndProjectCost[];
}
