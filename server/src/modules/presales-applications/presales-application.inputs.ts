import { Field, ID, InputType } from 'type-graphql';
import { SupportType } from '../projects/support-type';

@InputType({ description: 'A sales asks for pre-sales support; the engineer is assigned on approval.' })
export class ApplyForPresalesSupportInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String, { description: 'The project name.' })
  name: string;

  @Field(() => [SupportType])
  supportTypes: SupportType[];

  @Field(() => String)
  requirements: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  wantedStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  wantedEnd?: string | null;
}
