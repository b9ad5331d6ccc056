import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context';
import type { Role } from '../../modules/users/role.enum';
import { forbidden, unauthenticated } from '../graphql/errors';

/** The one coarse check behind @SignedIn: signed in, and holding one of the roles if any are named. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const user = context.viewer?.user;
  if (!user) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => user.roles.includes(role))) throw forbidden();
  return true;
};
