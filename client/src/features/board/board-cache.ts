import type { ApolloCache, Reference } from '@apollo/client';
import type { ProjectCardFragment } from '../../gql/graphql';
import { PROJECT_CARD } from './board.operations';

/** Only the unfiltered `projects` list is the board; lists by stage are left to their own queries. */
const BOARD_FIELD = 'projects';

/**
 * Writes a project pushed live (or caught up after a reconnect) into the cache: its card
 * changes in place wherever it is shown, and a project new to the viewer joins the board.
 * A snapshot older than the cached one (a push that raced a fresher answer) is ignored.
 */
export function applyProjectChange(cache: ApolloCache, project: ProjectCardFragment): void {
  const id = cache.identify(project);
  const cached = cache.readFragment({ id, fragment: PROJECT_CARD, fragmentName: 'ProjectCard' });
  if (cached && cached.version > project.version) return;
  const ref = cache.writeFragment({ id, fragment: PROJECT_CARD, fragmentName: 'ProjectCard', data: project });
  if (!ref) return;
  cache.modify<{ projects: Reference[] }>({
    fields: {
      projects: (list, { storeFieldName, readField }) => {
        if (storeFieldName !== BOARD_FIELD || list.some((item) => readField('id', item) === project.id)) return list;
        return [...list, ref];
      },
    },
  });
}

/** The viewer may no longer see the project: take it off the board and out of the cache. */
export function removeProject(cache: ApolloCache, projectId: string): void {
  const id = cache.identify({ __typename: 'Project', id: projectId });
  cache.modify<{ projects: Reference[] }>({
    fields: {
      projects: (list, { storeFieldName, readField }) =>
        storeFieldName === BOARD_FIELD ? list.filter((item) => readField('id', item) !== projectId) : list,
    },
  });
  cache.evict({ id });
  cache.gc();
}
