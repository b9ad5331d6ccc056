import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "An engineer's satisfaction results: answered surveys of the tickets they closed or held, and the average scores (1–5)." })
export class SatisfactionSummary {
  @Field(() => Int)
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Null when no survey was answered.' })
  responseSpeed: number | null;

  @Field(() => Float, { nullable: true })
  resolution: number | null;

  @Field(() => Float, { nullable: true })
  professionalism: number | null;

  @Field(() => Float, { nullable: true })
  attitude: number | null;
}
