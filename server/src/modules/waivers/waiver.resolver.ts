import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { WaiveStepInput } from './waiver.inputs';
import { Waiver } from './waiver.entity';
import { WAIVER_ROLES } from './waiver.service';

@Resolver(() => Waiver)
export class WaiverResolver {
  @SignedIn(...WAIVER_ROLES)
  @Mutation(() => Waiver, { description: 'Waives one step of the process for a project, with the reason (第五十二条).' })
  waiveStep(@Ctx() context: Context, @Arg('input', () => WaiveStepInput) input: WaiveStepInput): Promise<Waiver> {
    return context.services.waivers.waive(requireUser(context), input);
  }

  @FieldResolver(() => User, { description: 'The manager who waived it, and so answers for it.' })
  waivedBy(@Root() waiver: Waiver, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, waiver.waivedById);
  }
}

/** The waivers side of the project record. */
@Resolver(() => Project)
export class ProjectWaiversResolver {
  @FieldResolver(() => [Waiver], { description: 'Steps waived for this project, oldest first; the timeline shows them first when a problem arises.' })
  waivers(@Root() project: Project, @Ctx() context: Context): Promise<Waiver[]> {
    return context.loaders.waiversByProject.load(project.id);
  }

  @FieldResolver(() => Boolean, { description: 'An open remaining issue or a bounced hand-off is on record.' })
  async hasOpenProblem(@Root() project: Project, @Ctx() context: Context): Promise<boolean> {
    return (await context.loaders.hasOpenProblem.load(project.id)).length > 0;
  }
}
