import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { CommunicationMethod, ReportChannel, ReportResult } from './report.enums';

@InputType({ description: 'A communication report as the engineer files it; the title is generated.' })
export class FileCommunicationReportInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ReportResult)
  result: ReportResult;

  @Field(() => CommunicationMethod)
  method: CommunicationMethod;

  @Field(() => ReportChannel, { defaultValue: ReportChannel.WRITTEN })
  channel: ReportChannel;

  @Field(() => String)
  communicator: string;

  @Field(() => GraphQLISODateTime)
  communicatedAt: Date;

  @Field(() => [String], { description: 'Each specific problem handled; vague ones are refused (REPORT_TOO_VAGUE).' })
  problemsHandled: string[];

  @Field(() => [String], { defaultValue: [], description: 'Required when the result is ISSUE_REMAINING.' })
  remainingProblems: string[];
}
