import { graphql } from '../../gql';

/** One support request as the Support tab shows it, with its hand-offs. */
export const SUPPORT_REQUEST_ITEM = graphql(`
  fragment SupportRequestItem on SupportRequest {
    id
    content
    status
    holder
    dueAt
    proposedFor
    version
    createdAt
    updatedAt
    requestedBy {
      id
      name
    }
    responsibleForFailure {
      id
      name
    }
    handoffs {
      id
      content
      scope
      handoffAt
      result
      resolved
      createdAt
    }
  }
`);

export const REQUEST_SUPPORT = graphql(`
  mutation RequestSupport($input: RequestSupportInput!) {
    requestSupport(input: $input) {
      ...SupportRequestItem
    }
  }
`);

export const ACT_ON_SUPPORT_REQUEST = graphql(`
  mutation ActOnSupportRequest($input: SupportActionInput!) {
    actOnSupportRequest(input: $input) {
      ...SupportRequestItem
    }
  }
`);
