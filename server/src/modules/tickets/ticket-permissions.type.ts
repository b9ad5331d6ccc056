import { Field, ObjectType } from 'type-graphql';
import { SupportTier, TicketAction } from './ticket.enums';

@ObjectType({ description: 'What the viewer may do with a ticket now, decided by the server.' })
export class TicketPermissions {
  @Field(() => [TicketAction])
  actions: TicketAction[];

  @Field(() => Boolean, { description: 'Reply in the conversation (seen by the customer).' })
  reply: boolean;

  @Field(() => Boolean, { description: 'Add an internal note (staff only).' })
  addInternalNote: boolean;

  @Field(() => Boolean, { description: 'Assign an engineer (the manager; an engineer may take it).' })
  assign: boolean;

  @Field(() => Boolean, { description: 'Change its priority (who works it, while it is open).' })
  changePriority: boolean;

  @Field(() => [SupportTier], { description: 'Tiers it may be escalated to now.' })
  escalateTo: SupportTier[];
}
