import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TicketPriority } from '../tickets/ticket.enums';

@InputType({ description: 'A working period of the day, local wall-clock time.' })
export class WorkingPeriodInput {
  @Field(() => String, { description: 'HH:MM' })
  start: string;

  @Field(() => String, { description: 'HH:MM, after start (24:00 for midnight).' })
  end: string;
}

@InputType({ description: 'A new business calendar (without id), or a change to one (id and expectedVersion).' })
export class SaveBusinessCalendarInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the client saw; required with id.' })
  expectedVersion?: number | null;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Asia/Shanghai.' })
  timeZone: string;

  @Field(() => [WorkingPeriodInput], { description: 'At least one; non-overlapping; stored in order of start.' })
  periods: WorkingPeriodInput[];

  @Field(() => [Int], { description: 'ISO weekdays worked, 1 = Monday … 7 = Sunday; at least one.' })
  workingWeekdays: number[];

  @Field(() => [String], { description: 'Public holidays, YYYY-MM-DD.' })
  holidays: string[];

  @Field(() => [String], { description: 'Make-up workdays (调休), YYYY-MM-DD; never also a holiday.' })
  makeUpWorkdays: string[];
}

@InputType({ description: 'Response and resolution targets for one priority, in business minutes.' })
export class SlaTargetInput {
  @Field(() => TicketPriority)
  priority: TicketPriority;

  @Field(() => Int, { description: 'Positive; at most resolutionMinutes.' })
  responseMinutes: number;

  @Field(() => Int, { description: 'Positive.' })
  resolutionMinutes: number;
}

@InputType({
  description:
    'A new (non-default) SLA policy (without id), or a change to one (id and expectedVersion). Clocks already started keep the targets they were started with; new tickets get the new ones.',
})
export class SaveSlaPolicyInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the client saw; required with id.' })
  expectedVersion?: number | null;

  @Field(() => String)
  name: string;

  @Field(() => ID)
  calendarId: string;

  @Field(() => [SlaTargetInput], { description: 'Exactly one per TicketPriority.' })
  targets: SlaTargetInput[];

  @Field(() => Float, { description: 'Share of the budget after which a warning fires; strictly between 0 and 1.' })
  warnAtShare: number;
}
