import { registerEnumType } from 'type-graphql';

/** draft → reviewed → published, each step by a senior engineer or a manager. */
export enum ArticleStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(ArticleStatus, { name: 'ArticleStatus' });
