import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The text of a knowledge article.' })
export class CreateKnowledgeArticleInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  product?: string | null;

  @Field(() => String, { description: 'Symptoms and cause.' })
  cause: string;

  @Field(() => String)
  solution: string;

  @Field(() => String, { nullable: true })
  steps?: string | null;

  @Field(() => String, { nullable: true, description: 'Lessons learned: internal, never shown to customers.' })
  lessons?: string | null;
}

@InputType({ description: 'A new revision of an article; the whole text is given again.' })
export class EditKnowledgeArticleInput extends CreateKnowledgeArticleInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the editor started from (compare-and-set).' })
  expectedVersion: number;
}
