import { graphql } from '../../gql';

/** Being on a record: everyone on it, the subscriber included, pushed whenever that changes. */
export const PRESENCE = graphql(`
  subscription Presence($recordType: PresenceRecordType!, $recordId: ID!) {
    presence(recordType: $recordType, recordId: $recordId) {
      recordType
      recordId
      viewers {
        user {
          id
          name
        }
        editing
        since
      }
    }
  }
`);

/** Shows the others on the record which form the viewer is editing there (null: none). */
export const SET_EDITING = graphql(`
  mutation SetEditing($recordType: PresenceRecordType!, $recordId: ID!, $form: String) {
    setEditing(recordType: $recordType, recordId: $recordId, form: $form)
  }
`);
