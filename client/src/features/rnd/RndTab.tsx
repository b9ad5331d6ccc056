import { BulbOutlined } from '@ant-design/icons';
import { Button, Card, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../app/LoadFailed';
import type { ProjectMemberRole, ProjectRndQuery } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { mayIssueImprovement } from '../improvements/improvement-meta';
import { ImprovementTable } from '../improvements/ImprovementTable';
import { IssueImprovementDialog } from '../improvements/IssueImprovementDialog';
import { RndCostSummary } from '../improvements/RndCostSummary';
import { isResponsibleSales } from '../reports/report-meta';
import { ProjectVersion } from '../versions/ProjectVersion';
import { WorkOrderTable } from '../work-orders/WorkOrderTable';
import './rnd.css';

interface Props {
  project: { id: string; name: string; version: number; viewerCan: { moveStage: boolean } };
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  /** Undefined while loading. */
  rnd: ProjectRndQuery['project'] | undefined;
  loadError: unknown;
  /** Reloads the R&D side: after a change, or when what is on screen turned out stale. */
  reload(): void;
}

/**
 * The project's R&D side (研发): the product version it uses, its net R&D time against the
 * threshold (for who may see the bonus-related cost), its improvement requests and its fault
 * work orders, each with the steps the viewer may take.
 */
export function RndTab({ project, members, rnd, loadError, reload }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [issuing, setIssuing] = useState(false);

  if (!rnd) return loadError ? <LoadFailed title={t('rnd.tabLoadFailed')} error={loadError} onRetry={reload} /> : <Spin description={t('app.loading')} className="list-page__loading" />;
  return (
    <div data-testid="project-rnd">
      {Boolean(loadError) && <LoadFailed title={t('rnd.tabLoadFailed')} error={loadError} onRetry={reload} />}
      <Card size="small" className="rnd-tab__card" title={t('rnd.versionAndCost')}>
        <ProjectVersion project={project} current={rnd.productVersion} onChanged={reload} />
        {rnd.rndCost && (
          <div className="rnd-tab__cost">
            <RndCostSummary cost={rnd.rndCost} />
          </div>
        )}
      </Card>
      <Card
        size="small"
        className="rnd-tab__card"
        title={t('rnd.projectImprovements', { count: rnd.improvementRequests.length })}
        extra={
          mayIssueImprovement(members, me) && (
            <Button type="primary" icon={<BulbOutlined />} onClick={() => setIssuing(true)} data-testid="issue-improvement">
              {t('improvements.issue')}
            </Button>
          )
        }
        data-testid="project-improvements"
      >
        <Typography.Paragraph type="secondary">{t('rnd.improvementsHint')}</Typography.Paragraph>
        <ImprovementTable requests={rnd.improvementRequests} showProject={false} responsibleSales={isResponsibleSales(members, me.id)} emptyText={t('rnd.noImprovements')} onChanged={reload} />
      </Card>
      <Card size="small" className="rnd-tab__card" title={t('rnd.projectWorkOrders', { count: rnd.workOrders.length })} data-testid="project-work-orders">
        <Typography.Paragraph type="secondary">{t('rnd.workOrdersHint')}</Typography.Paragraph>
        <WorkOrderTable orders={rnd.workOrders} showProject={false} emptyText={t('rnd.noWorkOrders')} onChanged={reload} />
      </Card>
      {issuing && <IssueImprovementDialog projectId={project.id} onClose={() => setIssuing(false)} onIssued={reload} />}
    </div>
  );
}
