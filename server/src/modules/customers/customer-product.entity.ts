import { Field, ObjectType, Int } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CustomerRecord } from './customer-record.entity';

/** A product (and version) a customer bought, with its serial number. */
@ObjectType({ description: 'A product and version a customer bought.' })
@Entity('customer_product')
@Index('ix_customer_product_customer', ['customerId'])
export class CustomerProduct extends CustomerRecord {
  @Field(() => String)
  @Column({ type: 'text' })
  product: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  serialNumber: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  purchasedOn: string | null;

  /** Bumped by every change (named so because `version` is the product's): saves name it (compare-and-set). */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  recordVersion: number;
}
