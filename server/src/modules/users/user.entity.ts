import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './role.enum';

@ObjectType({ description: 'A person who signs in to Liaison.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  /** Stored lower-case; unique. */
  @Field(() => String)
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => [Role])
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** A CUSTOMER user's organisation: the customer portal shows only its tickets. */
  @Index('ix_app_user_customer')
  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  /** The language of their mail: zh-CN or en. */
  @Field(() => String)
  @Column({ type: 'text', default: 'zh-CN' })
  language: string;

  /** A senior engineer (高级工程师): the service desk's second tier, and a knowledge-base reviewer. */
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  senior: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
