import { Field, Float, ID, ObjectType } from 'type-graphql';
import { SatisfactionScores } from '../satisfaction/satisfaction-scores.type';
import { DashboardSatisfaction } from './dashboard.types';

const OVERALL = "The mean over the surveys of each survey's own overall score (the mean of its four scores); null when none was answered.";

@ObjectType({ description: "One engineer's answered satisfaction surveys (satisfaction_survey.engineer_id) of the period, and their average scores (1–5)." })
export class EngineerSatisfaction extends SatisfactionScores {
  @Field(() => ID)
  engineerId: string;

  @Field(() => String)
  engineerName: string;

  @Field(() => Float, { nullable: true, description: OVERALL })
  overall: number | null;
}

@ObjectType({ description: 'The satisfaction surveys answered in one calendar month (Asia/Shanghai) of the period, and their average scores (1–5).' })
export class SatisfactionTrendPoint extends SatisfactionScores {
  @Field(() => String, { description: 'YYYY-MM, in Asia/Shanghai.' })
  month: string;

  @Field(() => Float, { nullable: true, description: OVERALL })
  overall: number | null;
}

@ObjectType({
  description:
    "Satisfaction figures (SPEC §9) over the surveys answered in a period of company days (Asia/Shanghai), filtered through their ticket's priority, customer and product and the survey's engineer; computed by PostgreSQL.",
})
export class SatisfactionFigures {
  @Field(() => DashboardSatisfaction, { description: 'Every survey answered in the period (after the filters), including those naming no engineer.' })
  overall: DashboardSatisfaction;

  @Field(() => [EngineerSatisfaction], { description: 'One row per engineer with an answered survey in the period; best overall first, then by name.' })
  perEngineer: EngineerSatisfaction[];

  @Field(() => [SatisfactionTrendPoint], { description: 'One point per calendar month the period touches, oldest first; months without answers are there with answered 0.' })
  trend: SatisfactionTrendPoint[];
}
