import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Ticket } from './ticket.entity';

@ObjectType({ description: 'A change to a ticket the viewer may see (intake, a step, a message, an SLA warning or breach).' })
export class TicketChange {
  @Field(() => Float)
  seq: number;

  @Field(() => ID)
  ticketId: string;

  @Field(() => String, { description: 'TICKET_CHANGED, SLA_WARNING, SLA_BREACHED or TICKET_ESCALATED.' })
  type: string;

  @Field(() => String, { nullable: true, description: 'What happened, e.g. CREATED, ACKNOWLEDGE, REPLIED.' })
  action: string | null;

  /** The ticket as the feed's visibility check read it for this event (saves reading it twice). */
  checked?: Ticket;
}
