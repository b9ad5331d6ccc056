import { createContext, use } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only for components below RequireAuth. */
export function useCurrentUser(): CurrentUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}
