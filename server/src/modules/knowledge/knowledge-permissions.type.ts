import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with a knowledge article now, decided by the server.' })
export class KnowledgeArticlePermissions {
  @Field(() => Boolean, { description: 'Save a new revision (returns the article to DRAFT).' })
  edit: boolean;

  @Field(() => Boolean, { description: 'DRAFT → REVIEWED: a senior engineer or a manager who wrote neither the article nor its latest text.' })
  review: boolean;

  @Field(() => Boolean, { description: 'REVIEWED → PUBLISHED: a senior engineer or a manager.' })
  publish: boolean;
}
