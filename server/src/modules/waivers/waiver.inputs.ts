import { Field, ID, InputType } from 'type-graphql';
import { DocumentKind } from '../documents/document.enums';

@InputType()
export class WaiveStepInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => DocumentKind)
  step: DocumentKind;

  @Field(() => String)
  reason: string;
}
