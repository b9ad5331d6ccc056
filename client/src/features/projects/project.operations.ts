import { graphql } from '../../gql';

export const PROJECT_PAGE = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...ProjectCard
      createdAt
      members {
        role
        user {
          id
          name
        }
      }
      initiation {
        id
        revision
        projectName
        customer {
          id
          name
        }
        responsibleSales {
          id
          name
        }
        firstPresales {
          id
          name
        }
        secondPresales {
          id
          name
        }
        supportTypes
        requirements
        wantedStart
        wantedEnd
        submittedBy {
          id
          name
        }
        submittedAt
      }
    }
    latestSeq
  }
`);

export const INITIATION_OPTIONS = graphql(`
  query InitiationOptions {
    customers {
      id
      name
      industry
    }
    salesPeople: users(role: SALES) {
      id
      name
    }
    presalesPeople: users(role: PRESALES) {
      id
      name
    }
  }
`);

export const INITIATE_PROJECT = graphql(`
  mutation InitiateProject($input: InitiateProjectInput!) {
    initiateProject(input: $input) {
      ...ProjectCard
    }
  }
`);
