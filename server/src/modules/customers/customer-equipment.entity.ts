import { Field, ObjectType, Int } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CustomerRecord } from './customer-record.entity';

/** Equipment at the customer's site that support may need to know about. */
@ObjectType({ description: 'A piece of equipment at a customer site.' })
@Entity('customer_equipment')
@Index('ix_customer_equipment_customer', ['customerId'])
export class CustomerEquipment extends CustomerRecord {
  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  serialNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** Bumped by every change: saves name the version they edited (compare-and-set, CONFLICT when stale). */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
