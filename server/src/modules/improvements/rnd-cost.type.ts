import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A project's net R&D time on improvement requests, and whether its sales bonus is computed after R&D cost (第二十二条)." })
export class RndCost {
  @Field(() => Int)
  minutes: number;

  @Field(() => Int)
  thresholdHours: number;

  @Field(() => Boolean, { description: 'More net R&D time than the threshold: the sales bonus is computed after deducting R&D cost.' })
  bonusAfterRndCost: boolean;
}

/** 第二十二条, its one definition: more net R&D minutes than the threshold's hours flags the project's sales bonus. */
export const rndCostOf = (minutes: number, thresholdHours: number): RndCost => ({ minutes, thresholdHours, bonusAfterRndCost: minutes > thresholdHours * 60 });
