import { Field, ObjectType, Int } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { CustomerRecord } from './customer-record.entity';

/** A person at a customer organisation whom support talks to (联系人). */
@ObjectType({ description: 'A contact person at a customer organisation.' })
@Entity('contact')
@Index('ix_contact_customer', ['customerId'])
export class Contact extends CustomerRecord {
  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title or department.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Removed from the profile; kept so the tickets they reported still name them. */
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Bumped by every change: saves name the version they edited (compare-and-set, CONFLICT when stale). */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;
}
