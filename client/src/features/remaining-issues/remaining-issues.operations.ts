import { graphql } from '../../gql';

/** One remaining issue as the Remaining issues tab shows it: its state, the severe-bug mark and every attempt on record. */
export const REMAINING_ISSUE_ROW = graphql(`
  fragment RemainingIssueRow on RemainingIssue {
    id
    description
    status
    severeBug
    failedAttempts
    resolution
    createdAt
    version
    owner {
      id
      name
    }
    attempts {
      id
      whatWasTried
      result
      succeeded
      createdAt
      triedBy {
        id
        name
      }
    }
  }
`);

export const RECORD_ISSUE_ATTEMPT = graphql(`
  mutation RecordIssueAttempt($input: RecordIssueAttemptInput!) {
    recordIssueAttempt(input: $input) {
      id
    }
  }
`);

export const MARK_OBVIOUS_SEVERE_BUG = graphql(`
  mutation MarkObviousSevereBug($input: RemainingIssueStepInput!) {
    markObviousSevereBug(input: $input) {
      ...RemainingIssueRow
    }
  }
`);

export const RESOLVE_REMAINING_ISSUE = graphql(`
  mutation ResolveRemainingIssue($input: ResolveRemainingIssueInput!) {
    resolveRemainingIssue(input: $input) {
      ...RemainingIssueRow
    }
  }
`);
