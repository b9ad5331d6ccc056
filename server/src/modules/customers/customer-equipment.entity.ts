import { Field, ID, ObjectType, Int } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Customer } from './customer.entity';

/** Equipment at the customer's site that support may need to know about. */
@ObjectType({ description: 'A piece of equipment at a customer site.' })
@Entity('customer_equipment')
@Index('ix_customer_equipment_customer', ['customerId'])
export class CustomerEquipment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

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
