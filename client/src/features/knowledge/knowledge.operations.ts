import { graphql } from '../../gql';

/** An article in the knowledge base's list. */
export const KNOWLEDGE_ARTICLE_ROW = graphql(`
  fragment KnowledgeArticleRow on KnowledgeArticle {
    id
    title
    product
    status
    version
    updatedAt
    publishedAt
    author {
      id
      name
    }
  }
`);

/** The whole article as its page shows it: the text, who wrote and checked it, its revisions and what the viewer may do. */
export const KNOWLEDGE_ARTICLE_DETAIL = graphql(`
  fragment KnowledgeArticleDetail on KnowledgeArticle {
    ...KnowledgeArticleRow
    cause
    solution
    steps
    lessons
    createdAt
    reviewedBy {
      id
      name
    }
    sourceTicket {
      id
      number
      title
    }
    revisions {
      id
      number
      title
      createdAt
      editedBy {
        id
        name
      }
    }
    viewerCan {
      edit
      review
      publish
    }
  }
`);

export const KNOWLEDGE_ARTICLES = graphql(`
  query KnowledgeArticles($search: String, $statuses: [ArticleStatus!], $limit: Int!) {
    knowledgeArticles(search: $search, statuses: $statuses, limit: $limit) {
      ...KnowledgeArticleRow
    }
  }
`);

export const KNOWLEDGE_ARTICLE = graphql(`
  query KnowledgeArticle($id: ID!) {
    knowledgeArticle(id: $id) {
      ...KnowledgeArticleDetail
    }
  }
`);

export const CREATE_KNOWLEDGE_ARTICLE = graphql(`
  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {
    createKnowledgeArticle(input: $input) {
      ...KnowledgeArticleDetail
    }
  }
`);

export const EDIT_KNOWLEDGE_ARTICLE = graphql(`
  mutation EditKnowledgeArticle($input: EditKnowledgeArticleInput!) {
    editKnowledgeArticle(input: $input) {
      ...KnowledgeArticleDetail
    }
  }
`);

export const REVIEW_KNOWLEDGE_ARTICLE = graphql(`
  mutation ReviewKnowledgeArticle($id: ID!, $expectedVersion: Int!) {
    reviewKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {
      ...KnowledgeArticleDetail
    }
  }
`);

export const PUBLISH_KNOWLEDGE_ARTICLE = graphql(`
  mutation PublishKnowledgeArticle($id: ID!, $expectedVersion: Int!) {
    publishKnowledgeArticle(id: $id, expectedVersion: $expectedVersion) {
      ...KnowledgeArticleDetail
    }
  }
`);
