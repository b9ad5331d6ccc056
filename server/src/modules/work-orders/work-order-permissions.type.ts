import { Field, ObjectType } from 'type-graphql';
import { WorkOrderAction } from './work-order.enums';

@ObjectType({ description: 'What the viewer may do with a work order now, decided by the server.' })
export class WorkOrderPermissions {
  @Field(() => Boolean, { description: 'Reject with advice or accept (the RND_MANAGER, while it awaits review).' })
  review: boolean;

  @Field(() => Boolean, { description: 'Name or replace the lead (the RND_MANAGER, while open for claiming or in progress).' })
  assignLead: boolean;

  @Field(() => Boolean, { description: 'Add R&D members (its lead).' })
  addMembers: boolean;

  @Field(() => [WorkOrderAction])
  actions: WorkOrderAction[];
}
