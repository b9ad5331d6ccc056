import { graphql } from '../../gql';

/** Every active pre-sales engineer, by name: candidates for a project, engineers to look up. */
export const PRESALES_PEOPLE = graphql(`
  query PresalesPeople {
    users(role: PRESALES) {
      id
      name
    }
  }
`);
