import { graphql } from '../../gql';

/** One piece of internal bug feedback (内部bug反馈表) as the testers' queue shows it. */
export const BUG_FEEDBACK_ITEM = graphql(`
  fragment BugFeedbackItem on BugFeedback {
    id
    kind
    title
    description
    status
    testerNotes
    createdAt
    version
    reportedBy {
      id
      name
    }
    tester {
      id
      name
    }
    project {
      id
      name
    }
    foundIn {
      id
      product
      version
    }
    fixVersion {
      id
      product
      version
    }
  }
`);

/** The testers' queue: feedback still to reproduce, fix or verify, oldest first. */
export const OPEN_BUG_FEEDBACK = graphql(`
  query OpenBugFeedback {
    bugFeedback(open: true) {
      ...BugFeedbackItem
    }
  }
`);

/** Each change to feedback the viewer may see; the queue reloads on each. */
export const BUG_FEEDBACK_CHANGED = graphql(`
  subscription BugFeedbackChanged {
    bugFeedbackChanged {
      seq
    }
  }
`);

export const REPORT_BUG_FEEDBACK = graphql(`
  mutation ReportBugFeedback($input: ReportBugFeedbackInput!) {
    reportBugFeedback(input: $input) {
      ...BugFeedbackItem
    }
  }
`);

export const ACT_ON_BUG_FEEDBACK = graphql(`
  mutation ActOnBugFeedback($input: TesterActionInput!) {
    actOnBugFeedback(input: $input) {
      ...BugFeedbackItem
    }
  }
`);
