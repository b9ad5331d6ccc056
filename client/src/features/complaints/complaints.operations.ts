import { graphql } from '../../gql';

export const COMPLAINT_ROW = graphql(`
  fragment ComplaintRow on Complaint {
    id
    title
    description
    status
    createdAt
    decidedAt
    decisionComment
    project {
      id
      name
    }
    complainant {
      id
      name
    }
    respondent {
      id
      name
    }
    decidedBy {
      id
      name
    }
  }
`);

export const COMPLAINTS = graphql(`
  query Complaints {
    complaints {
      ...ComplaintRow
    }
  }
`);

export const FILE_COMPLAINT = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      ...ComplaintRow
    }
  }
`);

export const DECIDE_COMPLAINT = graphql(`
  mutation DecideComplaint($input: DecideComplaintInput!) {
    decideComplaint(input: $input) {
      ...ComplaintRow
    }
  }
`);

export const PERFORMANCE_LEVEL = graphql(`
  query PerformanceLevel($userId: ID!, $month: String!) {
    performanceLevel(userId: $userId, month: $month) {
      userId
      month
      level
      monthlyDeduction
      permanentDeduction
      upheldThisMonth
      upheldTotal
    }
  }
`);
