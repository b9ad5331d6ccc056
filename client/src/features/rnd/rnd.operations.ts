import { graphql } from '../../gql';

/**
 * The project's R&D side: the version it uses, its R&D cost (null for who may not see it),
 * improvement requests and fault work orders. Read beside the record (together they would pass
 * the server's cost limit) and reloaded with it on every change to the project.
 */
export const PROJECT_RND = graphql(`
  query ProjectRnd($id: ID!) {
    project(id: $id) {
      id
      productVersion {
        ...ProductVersionItem
      }
      rndCost {
        minutes
        thresholdHours
        bonusAfterRndCost
      }
      improvementRequests {
        ...ImprovementItem
      }
      workOrders {
        ...WorkOrderRow
      }
    }
  }
`);

/** R&D's queue: fault work orders and improvement requests waiting for the viewer, oldest first. */
export const RND_QUEUE = graphql(`
  query RndQueue {
    rndQueue {
      ...WorkOrderRow
    }
    improvementQueue {
      ...ImprovementItem
    }
  }
`);

/** Each change to the viewer's R&D queue; the queue reloads on each. */
export const RND_QUEUE_CHANGED = graphql(`
  subscription RndQueueChanged {
    rndQueueChanged {
      seq
    }
  }
`);
