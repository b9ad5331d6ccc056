import { Field, ID, InputType, Int } from 'type-graphql';
import { DocumentKind, ReviewDecision } from './document.enums';
import { ScheduleTaskInput } from './schedule-task.type';

@InputType()
export class CreateProjectDocumentInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Implementation work order only.' })
  salesPart?: string | null;

  @Field(() => [ScheduleTaskInput], { nullable: true, description: 'Implementation schedule only.' })
  tasks?: ScheduleTaskInput[] | null;
}

@InputType({ description: 'Edit a draft or rejected document; omitted fields stay as they are.' })
export class UpdateProjectDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'The sales side only.' })
  salesPart?: string | null;

  @Field(() => String, { nullable: true, description: 'The pre-sales side only.' })
  technicalPart?: string | null;

  @Field(() => [ScheduleTaskInput], { nullable: true })
  tasks?: ScheduleTaskInput[] | null;
}

@InputType()
export class DocumentVersionInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => Int)
  expectedVersion: number;
}

@InputType()
export class ReviewProjectDocumentInput extends DocumentVersionInput {
  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  reason?: string | null;
}

@InputType()
export class RecordCustomerSignatureInput extends DocumentVersionInput {
  @Field(() => String, { description: 'Who signed for the customer.' })
  signedBy: string;
}
