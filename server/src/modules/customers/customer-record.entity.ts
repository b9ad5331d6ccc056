import { Field, ID, ObjectType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Customer } from './customer.entity';

/**
 * What every row of a customer profile starts with (contacts, products, contracts, equipment):
 * its id and its customer (deleted with it). Like ProjectRecord, its @ObjectType only lends `id`
 * to the subclasses' types.
 */
@ObjectType()
export abstract class CustomerRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
}
