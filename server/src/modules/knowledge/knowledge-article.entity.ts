import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ArticleStatus } from './knowledge.enums';

/** 知识库 (SPEC §7): what a closed ticket taught, written up so the next one is solved at once. */
@ObjectType({ description: 'A knowledge-base article (知识库).' })
@Entity('knowledge_article')
@Index('ix_knowledge_article_status', ['status', 'updatedAt'])
// The trigram search index is an expression index the migration creates (knowledge.search.ts).
@Index('ix_knowledge_article_search', { synchronize: false })
export class KnowledgeArticle {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  product: string | null;

  @Field(() => String, { description: 'Symptoms and cause.' })
  @Column({ type: 'text' })
  cause: string;

  @Field(() => String)
  @Column({ type: 'text' })
  solution: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  steps: string | null;

  @Field(() => String, { nullable: true, description: 'Lessons learned: internal, never shown to customers.' })
  @Column({ type: 'text', nullable: true })
  lessons: string | null;

  @Field(() => ArticleStatus)
  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.DRAFT })
  status: ArticleStatus;

  /** The ticket it was written from, if any. */
  @Column({ type: 'uuid', nullable: true })
  sourceTicketId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Also the number of the latest revision. */
  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
