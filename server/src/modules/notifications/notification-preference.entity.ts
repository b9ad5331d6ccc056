import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DeliveryChoice } from './notification.enums';

/** A person's choice for one rule; no row means the default (EMAIL). */
@ObjectType({ description: 'How the viewer wants one kind of notification.' })
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Field(() => String, { description: 'The rule (NOTIFICATION_RULES key).' })
  @PrimaryColumn({ type: 'text' })
  rule: string;

  @Field(() => DeliveryChoice)
  @Column({ type: 'enum', enum: DeliveryChoice, enumName: 'delivery_choice' })
  choice: DeliveryChoice;
}
