import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the mailed survey link shows before signing in: the ticket, and whether it was answered.' })
export class SurveyInvitation {
  @Field(() => String)
  ticketNumber: string;

  @Field(() => String)
  ticketTitle: string;

  @Field(() => Boolean)
  answered: boolean;
}
