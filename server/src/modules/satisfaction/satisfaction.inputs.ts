import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "Scores (1–5) and a comment." })
export class SurveyAnswerInput {
  @Field(() => Int, { description: '1–5' })
  responseSpeed: number;

  @Field(() => Int, { description: '1–5' })
  resolution: number;

  @Field(() => Int, { description: '1–5' })
  professionalism: number;

  @Field(() => Int, { description: '1–5' })
  attitude: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType({ description: "The customer's answer to a closed ticket's survey, in the portal." })
export class AnswerSatisfactionSurveyInput extends SurveyAnswerInput {
  @Field(() => ID)
  ticketId: string;
}

@InputType({ description: 'The answer through the link mailed to the contact (no sign-in).' })
export class AnswerSatisfactionSurveyByTokenInput extends SurveyAnswerInput {
  @Field(() => String, { description: 'The token from the link.' })
  token: string;
}
