import { graphql } from '../../gql';

/** One approval with its chain of steps, as the inbox and the project's Approvals tab show it. */
export const APPROVAL_ITEM = graphql(`
  fragment ApprovalItem on Approval {
    id
    kind
    status
    currentStep
    createdAt
    decidedAt
    requestedBy {
      id
      name
    }
    project {
      id
      name
    }
    projectName
    resourceRequest {
      id
      reason
      candidate {
        id
        name
      }
    }
    presalesApplication {
      id
      projectName
      requirements
      supportTypes
      customer {
        id
        name
      }
    }
    document {
      id
      title
    }
    workOrder {
      id
      title
    }
    steps {
      ...ApprovalStepItem
    }
  }
`);

/** One step of an approval's chain: an approval's card and a design solution both show them. */
export const APPROVAL_STEP_ITEM = graphql(`
  fragment ApprovalStepItem on ApprovalStep {
    position
    approverRole
    status
    comment
    decidedAt
    decidedBy {
      id
      name
    }
  }
`);

export const APPROVALS_INBOX = graphql(`
  query ApprovalsInbox {
    approvalsInbox {
      ...ApprovalItem
    }
  }
`);

/** Each change to the viewer's inbox; the inbox reloads on each. */
export const APPROVALS_INBOX_CHANGED = graphql(`
  subscription ApprovalsInboxChanged {
    approvalsInboxChanged {
      seq
    }
  }
`);

export const DECIDE_APPROVAL = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      ...ApprovalItem
    }
  }
`);

export const REQUEST_RESOURCE = graphql(`
  mutation RequestResource($input: RequestResourceInput!) {
    requestResource(input: $input) {
      id
      candidate {
        id
        name
      }
    }
  }
`);
