import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/current-user';
import { isPortalUser } from './portal-meta';

/** A ticket's portal address: its staff page. */
const staffPathOf = (pathname: string): string => {
  const ticket = /^\/portal\/tickets\/([^/]+)$/.exec(pathname);
  return ticket ? `/tickets/${ticket[1]}` : '/tickets';
};

/** The customer portal's pages: staff are taken to their ticket queue instead (a ticket's portal page to its staff page). */
export function PortalOnly() {
  const me = useCurrentUser();
  const { pathname } = useLocation();
  return isPortalUser(me.roles) ? <Outlet /> : <Navigate to={staffPathOf(pathname)} replace />;
}
