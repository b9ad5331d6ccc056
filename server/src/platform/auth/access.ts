import { Authorized, Extensions } from 'type-graphql';
import type { Role } from '../../modules/users/role.enum';

/**
 * Every root field carries exactly one of these. Besides enforcing, each leaves an
 * `access` extension on the field, which the schema-walk test reads.
 */
export function PublicAccess(): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access: 'public' })(target, key, descriptor);
  };
}

/** Signed-in users; with roles, only holders of at least one of them. */
export function SignedIn(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access: roles.length > 0 ? `roles:${roles.join(',')}` : 'signed-in' })(target, key, descriptor);
    Authorized(...roles)(target, key, descriptor);
  };
}
