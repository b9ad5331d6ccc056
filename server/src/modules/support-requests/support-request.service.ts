import type { DataSource } from 'typeorm';
import { compareAndSet } from '../../platform/db/compare-and-set';
import { inTransaction } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectMemberRole } from '../projects/project-member-role';
import type { ProjectService } from '../projects/project.service';
import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import { Handoff } from './handoff.entity';
import { SupportAction, SupportParty, SupportRequestStatus } from './support-request.enums';
import { SupportRequest } from './support-request.entity';
import { SupportRequestErrorCode } from './support-request.errors';
import { ruleFor } from './support-request.flow';
import type { RequestSupportInput, SupportActionInput } from './support-request.inputs';

type Viewer = Pick<User, 'id' | 'roles'>;

export const SUPPORT_REQUEST_CHANGED = 'SUPPORT_REQUEST_CHANGED';

const PARTY_OF_MEMBER: Partial<Record<ProjectMemberRole, SupportParty>> = {
  [ProjectMemberRole.RESPONSIBLE_SALES]: SupportParty.SALES,
  [ProjectMemberRole.FIRST_PRESALES]: SupportParty.FIRST_PRESALES,
  [ProjectMemberRole.SECOND_PRESALES]: SupportParty.SECOND_PRESALES,
};

export class SupportRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
  ) {}

  async request(viewer: Viewer, input: RequestSupportInput): Promise<SupportRequest> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const parties = await this.partiesOf(viewer, project.id);
    if (!parties.has(SupportParty.SALES)) throw forbidden('ask for support on this project (only its responsible sales may)');
    if (!input.content.trim()) throw invalid({ content: 'REQUIRED' });
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const request = await manager.save(
        manager.create(SupportRequest, { projectId: project.id, requestedById: viewer.id, content: input.content.trim(), status: SupportRequestStatus.OPEN, dueAt: input.wantedAt, proposedFor: null, responsibleForFailureId: null }),
      );
      await record({ type: SUPPORT_REQUEST_CHANGED, projectId: project.id, entityType: 'SupportRequest', entityId: request.id, actorId: viewer.id, payload: { status: request.status } });
      return request;
    });
  }

  /**
   * One step of the flow in SUPPORT_FLOW. An action impossible in the current state is
   * SUPPORT_ACTION_NOT_ALLOWED; the wrong party FORBIDDEN; a stale version CONFLICT.
   */
  async act(viewer: Viewer, input: SupportActionInput): Promise<SupportRequest> {
    const request = isUuid(input.requestId) ? await this.dataSource.getRepository(SupportRequest).findOneBy({ id: input.requestId }) : null;
    if (!request) throw notFound('Support request');
    await this.projects.findVisible(viewer, request.projectId).catch(() => {
      throw notFound('Support request');
    });
    const rule = ruleFor(input.action, request.status);
    if (!rule) {
      throw new AppError(SupportRequestErrorCode.SUPPORT_ACTION_NOT_ALLOWED, `${input.action} is not possible while the request is ${request.status}.`, {
        status: request.status,
      });
    }
    if (!(await this.partiesOf(viewer, request.projectId)).has(rule.by)) throw forbidden(`${input.action.toLowerCase()} this request`);

    const members = await this.dataSource.getRepository(ProjectMember).findBy({ projectId: request.projectId });
    const memberWith = (role: ProjectMemberRole) => members.find((member) => member.role === role)?.userId;
    const fields: Record<string, string> = {};
    if (input.action === SupportAction.PROPOSE_TIME && (!input.at || input.at <= request.dueAt)) fields.at = input.at ? 'NOT_LATER' : 'REQUIRED';
    if (input.action === SupportAction.HAND_OFF) {
      if (!input.content?.trim()) fields.content = 'REQUIRED';
      if (!input.scope?.trim()) fields.scope = 'REQUIRED';
      if (!input.at) fields.at = 'REQUIRED';
    }
    if (input.action === SupportAction.REPORT_HANDOFF_RESULT) {
      if (!input.content?.trim()) fields.content = 'REQUIRED';
      if (input.resolved === undefined || input.resolved === null) fields.resolved = 'REQUIRED';
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);
    const second = memberWith(ProjectMemberRole.SECOND_PRESALES);
    if ((input.action === SupportAction.HAND_OFF || input.action === SupportAction.ASK_SALES_TO_COORDINATE) && !second) {
      throw new AppError(SupportRequestErrorCode.NO_SECOND_PRESALES, 'This project has no second pre-sales to hand off to; escalate to the manager.');
    }

    const to = typeof rule.to === 'function' ? rule.to(input.resolved === true) : rule.to;
    return inTransaction(this.dataSource, this.bus, async ({ manager, record }) => {
      const changes: Partial<SupportRequest> = { status: to };
      if (input.action === SupportAction.PROPOSE_TIME) changes.proposedFor = input.at ?? null;
      if (input.action === SupportAction.ACCEPT_PROPOSED_TIME) Object.assign(changes, { dueAt: request.proposedFor ?? request.dueAt, proposedFor: null });
      if (input.action === SupportAction.HAND_OFF && input.at) changes.dueAt = input.at;
      if (to === SupportRequestStatus.BOUNCED) changes.responsibleForFailureId = memberWith(ProjectMemberRole.FIRST_PRESALES) ?? null;
      await compareAndSet(manager, SupportRequest, request.id, { version: input.expectedVersion, statuses: [request.status] }, changes, 'This support request');

      if (input.action === SupportAction.HAND_OFF) {
        await manager.insert(Handoff, { requestId: request.id, fromId: viewer.id, toId: second!, content: input.content!.trim(), scope: input.scope!.trim(), handoffAt: input.at!, result: null, resolved: null });
      }
      if (input.action === SupportAction.REPORT_HANDOFF_RESULT) {
        await manager
          .createQueryBuilder()
          .update(Handoff)
          .set({ result: input.content!.trim(), resolved: input.resolved === true })
          .where('request_id = :id AND result IS NULL', { id: request.id })
          .execute();
      }
      await record({
        type: SUPPORT_REQUEST_CHANGED,
        projectId: request.projectId,
        entityType: 'SupportRequest',
        entityId: request.id,
        actorId: viewer.id,
        payload: { action: input.action, from: request.status, status: to },
      });
      return manager.getRepository(SupportRequest).findOneByOrFail({ id: request.id });
    });
  }

  /** The parties the viewer is on a project: from membership, plus the manager by role. */
  private async partiesOf(viewer: Viewer, projectId: string): Promise<Set<SupportParty>> {
    const memberships = await this.dataSource.getRepository(ProjectMember).findBy({ projectId, userId: viewer.id });
    const parties = new Set(memberships.map((member) => PARTY_OF_MEMBER[member.role]).filter((party): party is SupportParty => party !== undefined));
    if (viewer.roles.includes(Role.PRESALES_MANAGER)) parties.add(SupportParty.PRESALES_MANAGER);
    return parties;
  }
}
