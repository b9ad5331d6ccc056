import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/current-user';
import { isPortalUser } from './portal-meta';

/** A ticket's staff address (a link passed on, say): its portal page. */
const portalPathOf = (pathname: string): string => {
  const ticket = /^\/tickets\/([^/]+)$/.exec(pathname);
  return ticket && ticket[1] !== 'new' ? `/portal/tickets/${ticket[1]}` : '/portal';
};

/** The staff's pages: a customer in the portal is taken to the portal instead (a ticket's page to its portal page). */
export function StaffOnly() {
  const me = useCurrentUser();
  const { pathname } = useLocation();
  return isPortalUser(me.roles) ? <Navigate to={portalPathOf(pathname)} replace /> : <Outlet />;
}
