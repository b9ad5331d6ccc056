import { Field, ID, InputType, Int } from 'type-graphql';
import { VersionKind } from './product-version.enums';

@InputType()
export class RegisterProductVersionInput {
  @Field(() => String)
  product: string;

  @Field(() => String)
  version: string;

  @Field(() => VersionKind, { description: 'RELEASE or MAINLINE; custom versions come from improvement requests.' })
  kind: VersionKind;
}

@InputType()
export class UseProductVersionInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int, { description: "The project's version the client saw." })
  expectedVersion: number;
}
