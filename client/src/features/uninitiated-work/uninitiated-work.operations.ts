import { graphql } from '../../gql';

/** Support on a project nobody has initiated yet (第十一条), with the reminders to its sales. */
export const UNINITIATED_WORK_ITEM = graphql(`
  fragment UninitiatedWorkItem on UninitiatedWork {
    id
    projectName
    description
    status
    reminders
    lastRemindedAt
    stoppedAt
    createdAt
    version
    customer {
      id
      name
    }
    presales {
      id
      name
    }
    sales {
      id
      name
    }
    responsibleForDelay {
      id
      name
    }
    project {
      id
      name
    }
  }
`);

export const UNINITIATED_WORK = graphql(`
  query UninitiatedWork {
    uninitiatedWork {
      ...UninitiatedWorkItem
    }
  }
`);

/** Each change to a record the viewer is named on or oversees; the list reloads on each. */
export const UNINITIATED_WORK_CHANGED = graphql(`
  subscription UninitiatedWorkChanged {
    uninitiatedWorkChanged {
      seq
    }
  }
`);

export const RECORD_UNINITIATED_WORK = graphql(`
  mutation RecordUninitiatedWork($input: RecordUninitiatedWorkInput!) {
    recordUninitiatedWork(input: $input) {
      ...UninitiatedWorkItem
    }
  }
`);

export const REMIND_SALES_TO_INITIATE = graphql(`
  mutation RemindSalesToInitiate($input: UninitiatedWorkStepInput!) {
    remindSalesToInitiate(input: $input) {
      ...UninitiatedWorkItem
    }
  }
`);

export const STOP_UNINITIATED_SUPPORT = graphql(`
  mutation StopUninitiatedSupport($input: UninitiatedWorkStepInput!) {
    stopUninitiatedSupport(input: $input) {
      ...UninitiatedWorkItem
    }
  }
`);

export const LINK_INITIATED_PROJECT = graphql(`
  mutation LinkInitiatedProject($input: LinkInitiatedProjectInput!) {
    linkInitiatedProject(input: $input) {
      ...UninitiatedWorkItem
    }
  }
`);
