import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * 第十四条: every N upheld complaints in a calendar month lower that month's performance pay by
 * one level; every M upheld complaints in total lower it permanently by one level.
 */
@ObjectType({ description: "An engineer's performance level for a month, as complaints affect it." })
export class PerformanceLevel {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { description: 'Complaints upheld that were filed in this month.' })
  upheldThisMonth: number;

  @Field(() => Int, { description: 'Complaints upheld that were filed up to the end of this month.' })
  upheldTotal: number;

  @Field(() => Int, { description: "Levels off this month's performance pay." })
  monthlyDeduction: number;

  @Field(() => Int, { description: 'Levels off permanently.' })
  permanentDeduction: number;

  @Field(() => Int, { description: '0 is the normal level; each deduction takes one off.' })
  level: number;
}
