import { graphql } from '../../gql';

/** What a board card shows; every live update carries exactly this. */
export const PROJECT_CARD = graphql(`
  fragment ProjectCard on Project {
    id
    name
    stage
    version
    stageChangedAt
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
    viewerCan {
      moveStage
      nextStages
    }
    counters {
      openRemainingIssues
      pendingApprovals
      openWorkOrders
      openTickets
      ticketsAtRisk
    }
  }
`);

export const BOARD = graphql(`
  query Board {
    projects {
      ...ProjectCard
    }
    latestSeq
  }
`);

export const BOARD_CHANGED = graphql(`
  subscription BoardChanged {
    boardChanged {
      seq
      project {
        ...ProjectCard
      }
    }
  }
`);

export const CHANGES_SINCE = graphql(`
  query ChangesSince($seq: Float!) {
    changesSince(seq: $seq) {
      events {
        seq
        projectId
        project {
          ...ProjectCard
        }
      }
      cursor
      hasMore
    }
  }
`);

export const MOVE_PROJECT_STAGE = graphql(`
  mutation MoveProjectStage($input: MoveProjectStageInput!) {
    moveProjectStage(input: $input) {
      ...ProjectCard
    }
  }
`);
