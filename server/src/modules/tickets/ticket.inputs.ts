import { Field, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import { OccurrenceFrequency, SupportTier, TicketAction, TicketCategory, TicketChannel, TicketPriority, TicketStatus } from './ticket.enums';

@InputType({ description: 'Intake (受理): what the seed asks to record for every request.' })
export class CreateTicketInput {
  @Field(() => TicketChannel, { description: 'Portal users always file through WEB_PORTAL.' })
  channel: TicketChannel;

  @Field(() => ID, { nullable: true, description: 'Required for staff; a portal user files for their own organisation.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: "An after-sales ticket on a project goes to the project's first pre-sales." })
  projectId?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { nullable: true })
  product?: string | null;

  @Field(() => String, { nullable: true })
  productVersion?: string | null;

  @Field(() => TicketCategory)
  category: TicketCategory;

  @Field(() => String, { nullable: true })
  module?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => OccurrenceFrequency, { nullable: true })
  frequency?: OccurrenceFrequency | null;

  @Field(() => String, { nullable: true })
  steps?: string | null;

  @Field(() => String, { nullable: true })
  errorText?: string | null;

  @Field(() => TicketPriority)
  priority: TicketPriority;
}

@InputType({ description: 'A lifecycle step; which fields are needed depends on the action.' })
export class TicketStepInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => TicketAction)
  action: TicketAction;

  @Field(() => String, { nullable: true, description: 'What is awaited (WAIT_*), why it is reopened (REOPEN); told to the customer.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'RESOLVE: the solution given to the customer. CLOSE: the solution for the record.' })
  solution?: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: the cause.' })
  cause?: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: the steps that solved it.' })
  steps?: string | null;

  @Field(() => String, { nullable: true, description: 'CLOSE: lessons learned.' })
  lessons?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'CLOSE: also draft a knowledge article from the write-up.' })
  publishArticle?: boolean | null;
}

@InputType()
export class TicketMessageInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => String)
  body: string;

  @Field(() => Boolean, { defaultValue: false, description: 'An internal note (staff only; never shown to the customer).' })
  internal: boolean;
}

@InputType()
export class AssignTicketInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => ID)
  assigneeId: string;
}

@InputType()
export class EscalateTicketInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => SupportTier)
  to: SupportTier;

  @Field(() => String)
  reason: string;

  @Field(() => ID, { nullable: true, description: 'SENIOR: the senior engineer who takes it.' })
  assigneeId?: string | null;
}

@InputType()
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Default: the open states.' })
  statuses?: TicketStatus[] | null;

  @Field(() => [TicketPriority], { nullable: true })
  priorities?: TicketPriority[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the viewer\'s tickets.' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody holds yet.' })
  unassigned?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Number, title or description contains this.' })
  text?: string | null;
}

@InputType()
export class ChangeTicketPriorityInput {
  @Field(() => ID)
  ticketId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => TicketPriority)
  priority: TicketPriority;

  @Field(() => String, { description: 'Why (an internal note).' })
  reason: string;
}
