import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "The closing write-up (cause, solution, steps, lessons): staff only." })
export class TicketWriteUp {
  @Field(() => String)
  cause: string;

  @Field(() => String, { description: 'The solution as written up for the record.' })
  solution: string;

  @Field(() => String, { nullable: true })
  steps: string | null;

  @Field(() => String, { nullable: true })
  lessons: string | null;
}
