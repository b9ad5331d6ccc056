import { graphql } from '../../gql';

/**
 * The shared project record: overview, members, support requests, reports, remaining issues,
 * tasks, approvals, waivers and timeline. The documents are read beside it (documents.operations.ts).
 */
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
          email
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
      reports {
        ...ReportItem
      }
      remainingIssues {
        ...RemainingIssueRow
      }
      supportRequests {
        ...SupportRequestItem
      }
      tasks {
        ...ProjectTaskItem
      }
      approvals {
        ...ApprovalItem
      }
      waivers {
        ...WaiverItem
      }
      hasOpenProblem
      timeline {
        ...TimelineEvent
      }
    }
    latestSeq
  }
`);

/** One entry of the project's timeline. */
export const TIMELINE_EVENT = graphql(`
  fragment TimelineEvent on ActivityEvent {
    seq
    type
    entityType
    entityId
    payload
    createdAt
    actor {
      id
      name
    }
  }
`);

/** Every change on the project while its page is open; the page reloads its record on each. */
export const PROJECT_ACTIVITY = graphql(`
  subscription ProjectActivity($projectId: ID!) {
    projectActivity(projectId: $projectId) {
      seq
      type
    }
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
