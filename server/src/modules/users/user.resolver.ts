import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { PublicAccess, SignedIn } from '../../platform/auth/access';
import { invalid } from '../../platform/graphql/errors';
import { Role, STAFF_ROLES } from './role.enum';

const USER_LANGUAGES: readonly string[] = ['zh-CN', 'en'];
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @PublicAccess()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() context: Context): User | null {
    return context.viewer?.user ?? null;
  }

  @SignedIn(...STAFF_ROLES)
  @Query(() => [User], { description: 'Colleagues, optionally only those holding a role (e.g. to pick a pre-sales).' })
  users(@Ctx() context: Context, @Arg('role', () => Role, { nullable: true }) role?: Role | null): Promise<User[]> {
    const query = context.services.dataSource.getRepository(User).createQueryBuilder('u').where('u.active');
    if (role) query.andWhere(':role = ANY(u.roles)', { role });
    return query.orderBy('u.name').getMany();
  }

  @PublicAccess()
  // Nullable so that one failed alias does not abort the others in the same request: each
  // aliased attempt is then really made, and counted by the rate limit.
  @Mutation(() => User, { nullable: true, description: 'Signs in and sets the session cookie; null with an error when refused.' })
  async login(
    @Ctx() context: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<User | null> {
    const signedIn = await context.services.auth.login(email, password, context.ip);
    context.cookie?.set(signedIn.token, signedIn.expiresAt);
    return signedIn.user;
  }

  @SignedIn()
  @Mutation(() => User, { description: 'The language of the viewer\'s notifications and mail: zh-CN or en.' })
  async setMyLanguage(@Ctx() context: Context, @Arg('language', () => String) language: string): Promise<User> {
    const user = requireUser(context);
    if (!USER_LANGUAGES.includes(language)) throw invalid({ language: 'UNKNOWN' });
    await context.services.dataSource.getRepository(User).update({ id: user.id }, { language });
    return context.services.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Ends this session and closes its live connections." })
  async logout(@Ctx() context: Context): Promise<boolean> {
    const user = requireUser(context);
    if (context.viewer) await context.services.auth.logout(context.viewer.tokenHash, user.id);
    context.cookie?.clear();
    return true;
  }
}
