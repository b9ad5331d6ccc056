import { graphql } from '../../gql';

/** A step waived for the project (第五十二条): what, why, and the manager who answers for it. */
export const WAIVER_ITEM = graphql(`
  fragment WaiverItem on Waiver {
    id
    step
    reason
    createdAt
    waivedBy {
      id
      name
    }
  }
`);

export const WAIVE_STEP = graphql(`
  mutation WaiveStep($input: WaiveStepInput!) {
    waiveStep(input: $input) {
      ...WaiverItem
    }
  }
`);
