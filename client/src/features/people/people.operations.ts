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

/** Every active R&D engineer, by name: leads and members of R&D work. */
export const RND_PEOPLE = graphql(`
  query RndPeople {
    users(role: RND) {
      id
      name
    }
  }
`);
