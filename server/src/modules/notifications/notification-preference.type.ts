import { Field, ObjectType } from 'type-graphql';
import { DeliveryChoice } from './notification.enums';

@ObjectType({ description: "One rule and the viewer's choice for it." })
export class NotificationChoice {
  @Field(() => String, { description: 'The rule (NOTIFICATION_RULES key).' })
  rule: string;

  @Field(() => Boolean, { description: 'The regulation requires it (reports, complaints): it cannot be switched off.' })
  mandatory: boolean;

  @Field(() => DeliveryChoice)
  choice: DeliveryChoice;
}
