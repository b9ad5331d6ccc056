import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role, STAFF_ROLES } from '../users/role.enum';
import { User } from '../users/user.entity';
import { ProductVersion } from './product-version.entity';
import { RegisterProductVersionInput, UseProductVersionInput } from './product-version.inputs';

@Resolver(() => ProductVersion)
export class ProductVersionResolver {
  @SignedIn(...STAFF_ROLES)
  @Query(() => [ProductVersion], { description: 'Every product version, newest first per product.' })
  productVersions(@Ctx() context: Context): Promise<ProductVersion[]> {
    return context.services.versions.list();
  }

  @SignedIn(Role.RND_MANAGER, Role.RND, Role.TESTER)
  @Mutation(() => ProductVersion, { description: 'Registers a RELEASE or MAINLINE version.' })
  registerProductVersion(@Ctx() context: Context, @Arg('input', () => RegisterProductVersionInput) input: RegisterProductVersionInput): Promise<ProductVersion> {
    return context.services.versions.register(requireUser(context), input);
  }

  @SignedIn(Role.TESTER)
  @Mutation(() => ProductVersion, { description: 'A tester confirms a tested mainline build (第二十条).' })
  confirmProductVersion(@Ctx() context: Context, @Arg('versionId', () => ID) versionId: string): Promise<ProductVersion> {
    return context.services.versions.confirm(requireUser(context), versionId);
  }

  @SignedIn(Role.SALES, Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => Project, { description: 'Records the version a project uses (VERSION_NOT_CONFIRMED for an untested mainline build).' })
  useProductVersion(@Ctx() context: Context, @Arg('input', () => UseProductVersionInput) input: UseProductVersionInput): Promise<Project> {
    return context.services.versions.use(requireUser(context), input);
  }

  @FieldResolver(() => User, { nullable: true })
  confirmedBy(@Root() version: ProductVersion, @Ctx() context: Context): Promise<User | null> {
    return version.confirmedById ? context.loaders.userById.load(version.confirmedById) : Promise.resolve(null);
  }
}

@Resolver(() => Project)
export class ProjectVersionResolver {
  @FieldResolver(() => ProductVersion, { nullable: true, description: 'The version the project uses.' })
  productVersion(@Root() project: Project, @Ctx() context: Context): Promise<ProductVersion | null> {
    return project.productVersionId ? context.loaders.productVersionById.load(project.productVersionId) : Promise.resolve(null);
  }
}
