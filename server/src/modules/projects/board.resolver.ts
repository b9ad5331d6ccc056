import { Ctx, FieldResolver, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { BoardChange } from './board-change.type';
import { boardChanges } from './board.subscription';
import { Project } from './project.entity';

@Resolver(() => BoardChange)
export class BoardResolver {
  @SignedIn()
  @Subscription(() => BoardChange, {
    description: 'Each new project and stage change the viewer may see, as it happens.',
    subscribe: ({ context }) => boardChanges(context as Context),
  })
  boardChanged(@Root() change: BoardChange): BoardChange {
    return change;
  }

  /** Loaded through the same authorized path as the `project` query. */
  @FieldResolver(() => Project)
  project(@Root() change: BoardChange, @Ctx() context: Context): Promise<Project> {
    return context.services.projects.findVisible(requireUser(context), change.projectId);
  }
}
