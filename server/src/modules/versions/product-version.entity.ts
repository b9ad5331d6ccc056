import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionKind } from './product-version.enums';

@ObjectType({ description: 'A product version a project may use (第二十条).' })
@Entity('product_version')
@Index('uq_product_version', ['product', 'version'], { unique: true })
export class ProductVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  product: string;

  @Field(() => String)
  @Column({ type: 'text' })
  version: string;

  @Field(() => VersionKind)
  @Column({ type: 'enum', enum: VersionKind, enumName: 'version_kind' })
  kind: VersionKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a tester confirmed a mainline build.' })
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;

  /** A custom version's improvement request. */
  @Column({ type: 'uuid', nullable: true })
  improvementRequestId: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
