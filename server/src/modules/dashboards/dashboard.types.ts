import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SatisfactionScores } from '../satisfaction/satisfaction-scores.type';
import { TicketPriority } from '../tickets/ticket.enums';

@InputType({ description: 'A period of company days (Asia/Shanghai) and optional filters for the dashboards (SPEC §9).' })
export class DashboardFilter {
  @Field(() => String, { description: 'First company day (YYYY-MM-DD, Asia/Shanghai), included.' })
  from: string;

  @Field(() => String, { description: 'Last company day (YYYY-MM-DD, Asia/Shanghai), included; at most 366 days after `from`, counting both.' })
  to: string;

  @Field(() => TicketPriority, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: "Tickets about this product (the ticket's product name, exactly)." })
  product?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tickets assigned to this engineer. A PRESALES engineer without a manager role always gets their own.' })
  engineerId?: string | null;
}

@ObjectType({ description: 'SLA attainment of one priority: the tickets created in the period and their decided clocks (MET or BREACHED; running and paused clocks are not counted).' })
export class SlaAttainment {
  @Field(() => TicketPriority)
  priority: TicketPriority;

  @Field(() => Int, { description: 'Tickets of this priority created in the period.' })
  tickets: number;

  @Field(() => Int)
  responseMet: number;

  @Field(() => Int)
  responseBreached: number;

  @Field(() => Float, { nullable: true, description: 'responseMet / (responseMet + responseBreached); null when no response clock is decided.' })
  responseRate: number | null;

  @Field(() => Int)
  resolutionMet: number;

  @Field(() => Int)
  resolutionBreached: number;

  @Field(() => Float, { nullable: true, description: 'resolutionMet / (resolutionMet + resolutionBreached); null when no resolution clock is decided.' })
  resolutionRate: number | null;
}

@ObjectType({ description: 'A distribution of durations in minutes (continuous percentiles, PostgreSQL percentile_cont).' })
export class MinutesDistribution {
  @Field(() => Int, { description: 'How many tickets the distribution is taken over.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.5); null when count is 0.' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'percentile_cont(0.9); null when count is 0.' })
  p90: number | null;
}

@ObjectType({ description: 'Answered satisfaction surveys and their average scores (1–5); which surveys, the field that holds it says (serviceDeskFigures: of the tickets created in the period; satisfactionFigures: answered in the period).' })
export class DashboardSatisfaction extends SatisfactionScores {}

@ObjectType({ description: 'Service-desk figures over the tickets created in a period (SPEC §9), computed by PostgreSQL.' })
export class ServiceDeskFigures {
  @Field(() => Int, { description: 'Tickets created in the period (after the filters).' })
  tickets: number;

  @Field(() => Int, { description: 'Of those, tickets now RESOLVED or CLOSED.' })
  resolved: number;

  @Field(() => [SlaAttainment], { description: 'One entry per priority, URGENT first, always all four (zeros where there are no tickets).' })
  slaAttainment: SlaAttainment[];

  @Field(() => MinutesDistribution, { description: 'Wall-clock minutes from creation to acknowledgement (ticket.created_at → acknowledged_at), over acknowledged tickets; not business minutes.' })
  firstResponseMinutes: MinutesDistribution;

  @Field(() => MinutesDistribution, {
    description: 'Wall-clock minutes from creation to resolution (ticket.created_at → resolved_at), over tickets now RESOLVED or CLOSED; not business minutes.',
  })
  resolutionMinutes: MinutesDistribution;

  @Field(() => Float, { nullable: true, description: 'resolved / tickets; null when there are no tickets.' })
  resolutionRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'First-contact resolution: of the RESOLVED or CLOSED tickets, the share never reopened (reopen_count = 0) and still held at tier FIRST_LINE (never escalated); null when none is resolved.',
  })
  firstContactResolution: number | null;

  @Field(() => Float, { nullable: true, description: 'Of the RESOLVED or CLOSED tickets, the share reopened at least once (reopen_count > 0); null when none is resolved.' })
  reopenRate: number | null;

  @Field(() => DashboardSatisfaction)
  satisfaction: DashboardSatisfaction;
}
