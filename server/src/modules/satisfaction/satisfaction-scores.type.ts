import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * What every satisfaction result shows: how many surveys were answered and their average scores.
 * Like ProjectRecord, its @ObjectType only lends these fields to the subclasses' types (nothing
 * returns it, so it is not in the schema).
 */
@ObjectType()
export abstract class SatisfactionScores {
  @Field(() => Int, { description: 'Answered surveys.' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Average 1–5; null when no survey was answered (as every score).' })
  responseSpeed: number | null;

  @Field(() => Float, { nullable: true })
  resolution: number | null;

  @Field(() => Float, { nullable: true })
  professionalism: number | null;

  @Field(() => Float, { nullable: true })
  attitude: number | null;
}
