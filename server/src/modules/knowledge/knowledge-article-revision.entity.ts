import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { KnowledgeArticle } from './knowledge-article.entity';

/** Every saved text of an article (articles are versioned). */
@ObjectType({ description: 'One saved version of a knowledge article.' })
@Entity('knowledge_article_revision')
@Index('uq_knowledge_article_revision', ['articleId', 'number'], { unique: true })
export class KnowledgeArticleRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => KnowledgeArticle, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: KnowledgeArticle;

  @Field(() => Int)
  @Column({ type: 'integer' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  cause: string;

  @Field(() => String)
  @Column({ type: 'text' })
  solution: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  steps: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lessons: string | null;

  @Column({ type: 'uuid' })
  editedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
