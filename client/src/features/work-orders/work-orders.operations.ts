import { graphql } from '../../gql';

/** A fault work order in a list (the project's R&D tab, the R&D queue), with what the viewer may do with it. */
export const WORK_ORDER_ROW = graphql(`
  fragment WorkOrderRow on FaultWorkOrder {
    id
    title
    status
    projectName
    createdAt
    version
    submittedBy {
      id
      name
    }
    lead {
      id
      name
    }
    viewerCan {
      review
      assignLead
      addMembers
      actions
    }
  }
`);

/** The whole work order as its page shows it: the form, R&D's answers, the approval, members and attachments. */
export const WORK_ORDER_DETAIL = graphql(`
  fragment WorkOrderDetail on FaultWorkOrder {
    ...WorkOrderRow
    environment
    steps
    symptoms
    logs
    rndAdvice
    resubmissionNote
    solution
    disputeReason
    conversionProposal
    project {
      id
      name
    }
    members {
      id
      name
    }
    approval {
      id
      status
      steps {
        ...ApprovalStepItem
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      url
      createdAt
      uploadedBy {
        id
        name
      }
    }
  }
`);

export const WORK_ORDER = graphql(`
  query WorkOrder($id: ID!) {
    workOrder(id: $id) {
      ...WorkOrderDetail
    }
  }
`);

export const SUBMIT_FAULT_WORK_ORDER = graphql(`
  mutation SubmitFaultWorkOrder($input: SubmitFaultWorkOrderInput!) {
    submitFaultWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

export const REVIEW_FAULT_WORK_ORDER = graphql(`
  mutation ReviewFaultWorkOrder($input: ReviewFaultWorkOrderInput!) {
    reviewFaultWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

export const ACT_ON_WORK_ORDER = graphql(`
  mutation ActOnWorkOrder($input: WorkOrderActionInput!) {
    actOnWorkOrder(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

export const ADD_WORK_ORDER_MEMBER = graphql(`
  mutation AddWorkOrderMember($input: AddWorkOrderMemberInput!) {
    addWorkOrderMember(input: $input) {
      ...WorkOrderDetail
    }
  }
`);

export const ASSIGN_WORK_ORDER_LEAD = graphql(`
  mutation AssignWorkOrderLead($input: AssignWorkOrderLeadInput!) {
    assignWorkOrderLead(input: $input) {
      ...WorkOrderDetail
    }
  }
`);
