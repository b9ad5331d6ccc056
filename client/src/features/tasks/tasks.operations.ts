import { graphql } from '../../gql';

/** One task (an information request or an after-sales upgrade) as the Tasks tab and "my tasks" show it. */
export const PROJECT_TASK_ITEM = graphql(`
  fragment ProjectTaskItem on ProjectTask {
    id
    kind
    description
    dueOn
    status
    result
    completedAt
    createdAt
    version
    assignee {
      id
      name
    }
    createdBy {
      id
      name
    }
  }
`);

/** The viewer's open tasks, soonest due first, with their projects. */
export const MY_TASKS = graphql(`
  query MyTasks {
    myTasks {
      ...ProjectTaskItem
      project {
        id
        name
      }
    }
  }
`);

/** Each task given to the viewer or completed; "my tasks" reloads on each. */
export const MY_TASKS_CHANGED = graphql(`
  subscription MyTasksChanged {
    myTasksChanged {
      seq
    }
  }
`);

export const REQUEST_INFO = graphql(`
  mutation RequestInfo($input: RequestInfoInput!) {
    requestInfo(input: $input) {
      ...ProjectTaskItem
    }
  }
`);

export const REQUEST_UPGRADE = graphql(`
  mutation RequestUpgrade($input: RequestUpgradeInput!) {
    requestUpgrade(input: $input) {
      ...ProjectTaskItem
    }
  }
`);

export const COMPLETE_PROJECT_TASK = graphql(`
  mutation CompleteProjectTask($input: CompleteProjectTaskInput!) {
    completeProjectTask(input: $input) {
      ...ProjectTaskItem
    }
  }
`);
