import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { MyTasksChange } from './my-tasks-change.type';
import { ProjectTask } from './project-task.entity';
import { myTaskChanges } from './project-task.subscription';
import { CompleteProjectTaskInput, RequestInfoInput, RequestUpgradeInput } from './project-task.inputs';

@Resolver(() => ProjectTask)
export class ProjectTaskResolver {
  @SignedIn(Role.PRESALES)
  @Mutation(() => ProjectTask, { description: 'Environment information the pre-sales could not get: a task for the sales, with a due date.' })
  requestInfo(@Ctx() context: Context, @Arg('input', () => RequestInfoInput) input: RequestInfoInput): Promise<ProjectTask> {
    return context.services.projectTasks.requestInfo(requireUser(context), input);
  }

  @SignedIn(Role.SALES, Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => ProjectTask, { description: 'An after-sales upgrade: TECHNICAL for the first pre-sales, COMMERCIAL for the sales.' })
  requestUpgrade(@Ctx() context: Context, @Arg('input', () => RequestUpgradeInput) input: RequestUpgradeInput): Promise<ProjectTask> {
    return context.services.projectTasks.requestUpgrade(requireUser(context), input);
  }

  @SignedIn()
  @Mutation(() => ProjectTask, { description: 'The assignee answers or completes the task, once.' })
  completeProjectTask(@Ctx() context: Context, @Arg('input', () => CompleteProjectTaskInput) input: CompleteProjectTaskInput): Promise<ProjectTask> {
    return context.services.projectTasks.complete(requireUser(context), input);
  }

  @SignedIn()
  @Query(() => [ProjectTask], { description: "The viewer's open tasks, soonest due first." })
  myTasks(@Ctx() context: Context): Promise<ProjectTask[]> {
    return context.services.projectTasks.mine(requireUser(context));
  }

  @FieldResolver(() => User)
  assignee(@Root() task: ProjectTask, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, task.assigneeId);
  }

  @FieldResolver(() => User)
  createdBy(@Root() task: ProjectTask, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, task.createdById);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() task: ProjectTask, @Ctx() context: Context): Promise<Project | null> {
    return context.loaders.visibleProjectById.load(task.projectId);
  }
}

/** The tasks side of the project record. */
@Resolver(() => Project)
export class ProjectTasksResolver {
  @FieldResolver(() => [ProjectTask], { description: 'Information requests and after-sales upgrades, newest first.' })
  tasks(@Root() project: Project, @Ctx() context: Context): Promise<ProjectTask[]> {
    return context.loaders.tasksByProject.load(project.id);
  }
}

@Resolver(() => MyTasksChange)
export class MyTasksChangeResolver {
  @SignedIn()
  @Subscription(() => MyTasksChange, {
    description: "Each change to the viewer's tasks (one assigned or completed), live.",
    subscribe: ({ context }) => myTaskChanges(context as Context),
  })
  myTasksChanged(@Root() change: MyTasksChange): MyTasksChange {
    return change;
  }

  @FieldResolver(() => ProjectTask, { nullable: true, description: 'The task as it is now; null if its project is no longer visible.' })
  async task(@Root() change: MyTasksChange, @Ctx() context: Context): Promise<ProjectTask | null> {
    const task = await context.loaders.taskById.load(change.taskId);
    return task && (await context.loaders.visibleProjectById.load(task.projectId)) ? task : null;
  }
}
