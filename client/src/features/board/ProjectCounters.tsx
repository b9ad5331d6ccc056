import { AuditOutlined, BugOutlined, CustomerServiceOutlined, ExclamationCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectCardFragment } from '../../gql/graphql';

type Counter = keyof Omit<ProjectCardFragment['counters'], '__typename'>;

const COUNTERS: readonly { key: Counter; color: string; icon: ReactNode }[] = [
  { key: 'openRemainingIssues', color: 'error', icon: <ExclamationCircleOutlined /> },
  { key: 'pendingApprovals', color: 'warning', icon: <AuditOutlined /> },
  { key: 'openWorkOrders', color: 'processing', icon: <BugOutlined /> },
  { key: 'openTickets', color: 'cyan', icon: <CustomerServiceOutlined /> },
  // Open tickets with a clock past its warning or breached: the SLA is at risk.
  { key: 'ticketsAtRisk', color: 'warning', icon: <FieldTimeOutlined /> },
];

/**
 * A card's counters (SPEC §8): open remaining issues, pending approvals, open work orders, open
 * service-desk tickets and those whose SLA is at risk, each shown when there are any; live with the card.
 */
export function ProjectCounters({ project }: { project: Pick<ProjectCardFragment, 'id' | 'counters'> }) {
  const { t } = useTranslation();
  const shown = COUNTERS.filter(({ key }) => project.counters[key] > 0);
  if (shown.length === 0) return null;
  return (
    <div className="project-card__counters">
      {shown.map(({ key, color, icon }) => (
        <Tooltip key={key} title={t(`board.counter.${key}`, { count: project.counters[key] })}>
          <Tag color={color} icon={icon} data-testid={`card-${project.id}-${key}`} data-count={project.counters[key]}>
            {project.counters[key]}
          </Tag>
        </Tooltip>
      ))}
    </div>
  );
}
