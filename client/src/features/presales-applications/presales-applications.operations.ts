import { graphql } from '../../gql';

/** A sales' pre-sales support application with its approval's progress, and once approved the engineer and the project. */
export const PRESALES_APPLICATION_ITEM = graphql(`
  fragment PresalesApplicationItem on PresalesApplication {
    id
    projectName
    requirements
    supportTypes
    wantedStart
    wantedEnd
    createdAt
    customer {
      id
      name
    }
    requestedBy {
      id
      name
    }
    assignedPresales {
      id
      name
    }
    project {
      id
      name
    }
    approval {
      id
      status
      currentStep
      steps {
        ...ApprovalStepItem
      }
    }
  }
`);

export const PRESALES_APPLICATIONS = graphql(`
  query PresalesApplications {
    presalesApplications {
      ...PresalesApplicationItem
    }
  }
`);

export const APPLY_FOR_PRESALES_SUPPORT = graphql(`
  mutation ApplyForPresalesSupport($input: ApplyForPresalesSupportInput!) {
    applyForPresalesSupport(input: $input) {
      ...PresalesApplicationItem
    }
  }
`);
