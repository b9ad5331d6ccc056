import { graphql } from '../../gql';

/** One product improvement request (产品改进申请单) as the project's R&D tab and the R&D queue show it. */
export const IMPROVEMENT_ITEM = graphql(`
  fragment ImprovementItem on ImprovementRequest {
    id
    sequence
    title
    description
    status
    projectName
    salesAgreedAt
    decisionComment
    rndMinutes
    createdAt
    version
    issuedBy {
      id
      name
    }
    rndLead {
      id
      name
    }
  }
`);

export const ISSUE_IMPROVEMENT_REQUEST = graphql(`
  mutation IssueImprovementRequest($input: IssueImprovementRequestInput!) {
    issueImprovementRequest(input: $input) {
      ...ImprovementItem
    }
  }
`);

export const AGREE_TO_IMPROVEMENT_REQUEST = graphql(`
  mutation AgreeToImprovementRequest($input: ImprovementStepInput!) {
    agreeToImprovementRequest(input: $input) {
      ...ImprovementItem
    }
  }
`);

export const DECLINE_IMPROVEMENT_REQUEST = graphql(`
  mutation DeclineImprovementRequest($input: DeclineImprovementRequestInput!) {
    declineImprovementRequest(input: $input) {
      ...ImprovementItem
    }
  }
`);

export const DECIDE_IMPROVEMENT_REQUEST = graphql(`
  mutation DecideImprovementRequest($input: DecideImprovementRequestInput!) {
    decideImprovementRequest(input: $input) {
      ...ImprovementItem
    }
  }
`);

export const LOG_RND_TIME = graphql(`
  mutation LogRndTime($input: LogRndTimeInput!) {
    logRndTime(input: $input) {
      id
      minutes
    }
  }
`);

export const COMPLETE_IMPROVEMENT_REQUEST = graphql(`
  mutation CompleteImprovementRequest($input: CompleteImprovementRequestInput!) {
    completeImprovementRequest(input: $input) {
      ...ImprovementItem
    }
  }
`);
