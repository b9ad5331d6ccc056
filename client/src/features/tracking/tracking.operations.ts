import { graphql } from '../../gql';

export const MY_TRACKING_TABLE = graphql(`
  query MyTrackingTable($month: String!) {
    myTrackingTable(month: $month) {
      id
      entryDate
      content
      supportRole
      project {
        id
        name
      }
      supporter {
        id
        name
      }
    }
  }
`);
