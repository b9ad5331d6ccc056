import type { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../platform/graphql/loader';
import { Initiation } from './initiation.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { visibleProjectCondition } from './project.policy';
import type { User } from '../users/user.entity';
import { OPEN_STATES } from '../work-orders/work-order.flow';
import { OPEN_TICKET_STATUSES } from '../tickets/ticket.enums';

interface CounterRow {
  project_id: string;
  open_remaining_issues: number;
  pending_approvals: number;
  open_work_orders: number;
  open_tickets: number;
  tickets_at_risk: number;
}

export const createProjectLoaders = (dataSource: DataSource, viewer: Pick<User, 'id' | 'roles'> | null) => ({
  /** The board card's counters for any number of projects, in one statement. */
  countersByProject: oneByKey<string, CounterRow>(
    (ids) =>
      dataSource.query(
        `SELECT p.id AS project_id,
                (SELECT count(*)::int FROM remaining_issue r WHERE r.project_id = p.id AND r.status = 'OPEN') AS open_remaining_issues,
                (SELECT count(*)::int FROM approval a WHERE a.project_id = p.id AND a.status = 'PENDING') AS pending_approvals,
                (SELECT count(*)::int FROM fault_work_order w WHERE w.project_id = p.id
                   AND w.status::text = ANY($2)) AS open_work_orders,
                (SELECT count(*)::int FROM ticket t WHERE t.project_id = p.id AND t.status::text = ANY($3)) AS open_tickets,
                (SELECT count(*)::int FROM ticket t WHERE t.project_id = p.id AND t.status::text = ANY($3)
                   AND EXISTS (SELECT 1 FROM sla_clock c WHERE c.ticket_id = t.id AND c.stopped_at IS NULL
                                 AND (c.state = 'BREACHED' OR (c.state = 'RUNNING' AND c.warned_at IS NOT NULL)))) AS tickets_at_risk
           FROM project p WHERE p.id = ANY($1)`,
        [ids, OPEN_STATES, OPEN_TICKET_STATUSES],
      ) as Promise<CounterRow[]>,
    (row) => row.project_id,
  ),
  /** Projects by id, as far as the viewer may see them (others resolve to null). */
  visibleProjectById: oneByKey<string, Project>(async (ids) => {
    if (!viewer) return [];
    const visible = visibleProjectCondition('p', viewer);
    return dataSource
      .getRepository(Project)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids })
      .andWhere(visible.sql, visible.params)
      .getMany();
  }, (project) => project.id),
  membersByProject: manyByKey<string, ProjectMember>(
    (ids) =>
      dataSource
        .getRepository(ProjectMember)
        .createQueryBuilder('m')
        .where('m.project_id = ANY(:ids)', { ids })
        .orderBy('m.added_at')
        .getMany(),
    (member) => member.projectId,
  ),
  /** The current (highest) revision of each project's initiation form. */
  initiationByProject: oneByKey<string, Initiation>(
    (ids) =>
      dataSource
        .getRepository(Initiation)
        .createQueryBuilder('i')
        .distinctOn(['i.project_id'])
        .where('i.project_id = ANY(:ids)', { ids })
        .orderBy('i.project_id')
        .addOrderBy('i.revision', 'DESC')
        .getMany(),
    (initiation) => initiation.projectId,
  ),
});
