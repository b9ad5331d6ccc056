import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { ActivityEvent, ChangeSet } from './activity-event.type';
import { projectActivity } from './activity.subscription';

@Resolver(() => ActivityEvent)
export class ActivityResolver {
  @SignedIn()
  @Query(() => ChangeSet, { description: 'Events after `seq` that the viewer may see: what a reconnecting client missed.' })
  changesSince(
    @Ctx() context: Context,
    @Arg('seq', () => Float) seq: number,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
  ): Promise<ChangeSet> {
    return context.services.activity.changesSince(requireUser(context), seq, limit);
  }

  @SignedIn()
  @Query(() => Float, { description: 'The newest seq in the event log; read it with the board to know where live updates start.' })
  latestSeq(@Ctx() context: Context): Promise<number> {
    return context.services.activity.latestSeq();
  }

  @SignedIn()
  @Subscription(() => ActivityEvent, {
    description: "Every change on one project as it happens (the record's live timeline).",
    subscribe: ({ context, args }) => projectActivity(context as Context, String(args.projectId)),
  })
  projectActivity(@Root() event: ActivityEvent, @Arg('projectId', () => ID) _projectId: string): ActivityEvent {
    return event;
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() event: ActivityEvent, @Ctx() context: Context): Promise<User | null> {
    return event.actorId ? context.loaders.userById.load(event.actorId) : Promise.resolve(null);
  }

  /** The project as it is now; null if the viewer can no longer see it. */
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() event: ActivityEvent, @Ctx() context: Context): Promise<Project | null> {
    return event.projectId ? context.loaders.visibleProjectById.load(event.projectId) : Promise.resolve(null);
  }
}

/** The timeline side of the shared project record. */
@Resolver(() => Project)
export class ProjectTimelineResolver {
  @FieldResolver(() => [ActivityEvent], { description: 'Every change on the project, newest first (the latest 200).' })
  timeline(@Root() project: Project, @Ctx() context: Context): Promise<ActivityEvent[]> {
    return context.loaders.timelineByProject.load(project.id);
  }
}
