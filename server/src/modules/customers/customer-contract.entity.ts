import { Field, ObjectType, Int } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CustomerRecord } from './customer-record.entity';

/** A service contract: its SLA policy applies to the customer's tickets until service expires. */
@ObjectType({ description: 'A service contract with a customer.' })
@Entity('customer_contract')
@Index('ix_customer_contract_customer', ['customerId', 'serviceExpiresOn'])
export class CustomerContract extends CustomerRecord {
  @Field(() => String, { description: 'Contract number.' })
  @Column({ type: 'text' })
  number: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => String, { description: 'Last day of service (服务到期), YYYY-MM-DD.' })
  @Column({ type: 'date' })
  serviceExpiresOn: string;

  /** The contract's SLA; null: the default policy. */
  @Column({ type: 'uuid', nullable: true })
  slaPolicyId: string | null;

  /** Bumped by every change: saves name the version they edited (compare-and-set, CONFLICT when stale). */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
