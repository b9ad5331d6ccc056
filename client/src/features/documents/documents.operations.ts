import { graphql } from '../../gql';

/** One project document as the Documents tab shows it: content, review state, revisions and, for a design solution, its approval. */
export const DOCUMENT_ITEM = graphql(`
  fragment DocumentItem on ProjectDocument {
    id
    kind
    title
    status
    revision
    version
    internal
    body
    salesPart
    technicalPart
    rejectionReason
    customerSignedBy
    customerSignedAt
    createdAt
    updatedAt
    createdBy {
      id
      name
    }
    reviewedBy {
      id
      name
    }
    tasks {
      title
      start
      end
    }
    revisions {
      revision
      outcome
      rejectionReason
      submittedAt
      submittedBy {
        id
        name
      }
    }
    approval {
      id
      status
      steps {
        ...ApprovalStepItem
      }
    }
  }
`);

/**
 * The project's documents, read beside the project record (the record with them would pass the
 * server's cost limit) and reloaded with it on every change to the project.
 */
export const PROJECT_DOCUMENTS = graphql(`
  query ProjectDocuments($id: ID!) {
    project(id: $id) {
      id
      documents {
        ...DocumentItem
      }
    }
  }
`);

export const CREATE_PROJECT_DOCUMENT = graphql(`
  mutation CreateProjectDocument($input: CreateProjectDocumentInput!) {
    createProjectDocument(input: $input) {
      ...DocumentItem
    }
  }
`);

export const UPDATE_PROJECT_DOCUMENT = graphql(`
  mutation UpdateProjectDocument($input: UpdateProjectDocumentInput!) {
    updateProjectDocument(input: $input) {
      ...DocumentItem
    }
  }
`);

export const SUBMIT_PROJECT_DOCUMENT = graphql(`
  mutation SubmitProjectDocument($input: DocumentVersionInput!) {
    submitProjectDocument(input: $input) {
      ...DocumentItem
    }
  }
`);

export const REVIEW_PROJECT_DOCUMENT = graphql(`
  mutation ReviewProjectDocument($input: ReviewProjectDocumentInput!) {
    reviewProjectDocument(input: $input) {
      ...DocumentItem
    }
  }
`);

export const RECORD_CUSTOMER_SIGNATURE = graphql(`
  mutation RecordCustomerSignature($input: RecordCustomerSignatureInput!) {
    recordCustomerSignature(input: $input) {
      ...DocumentItem
    }
  }
`);
