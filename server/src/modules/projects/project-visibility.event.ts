import DataLoader from 'dataloader';
import type { DeliveredEvent } from '../../platform/events/event-bus';
import type { ProjectService } from './project.service';

/**
 * Whether `userId` may see the event's project at the moment the event is delivered. Every
 * subscriber of the event (board, timeline, inbox alike) shares one loader, so the check is
 * one SQL query per event however many sockets listen.
 */
export function mayCurrentlySee(event: DeliveredEvent, projects: ProjectService, userId: string): Promise<boolean> {
  const projectId = event.record.projectId;
  if (!projectId) return Promise.resolve(false);
  const loader = event.shared(
    'project-visibility',
    () => new DataLoader<string, boolean>(async (userIds) => {
      const allowed = await projects.usersWhoCanSee(projectId, userIds);
      return userIds.map((id) => allowed.has(id));
    }),
  );
  return loader.load(userId);
}
