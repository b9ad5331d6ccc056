import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A sales complains about a tech-support engineer on one of their projects.' })
export class FileComplaintInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  respondentId: string;

  @Field(() => String, { description: 'What happened: which communication went unreported.' })
  description: string;
}

@InputType()
export class DecideComplaintInput {
  @Field(() => ID)
  complaintId: string;

  @Field(() => Boolean, { description: 'true: upheld; false: dismissed.' })
  uphold: boolean;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
