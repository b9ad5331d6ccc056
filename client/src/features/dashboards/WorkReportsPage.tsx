import { Card, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { DashboardPageFrame } from './DashboardPageFrame';
import { previousMonth, seesEveryEngineer } from './dashboard-meta';
import { WORK_REPORT } from './dashboards.operations';
import { GenerateWorkReportButton } from './GenerateWorkReportButton';
import { useLiveDashboardQuery } from './useLiveDashboardQuery';
import { WorkReportPickers } from './WorkReportPickers';
import { WorkReportView } from './WorkReportView';

/**
 * Monthly work reports (工作报告): last month's by default. The managers read the team's report or
 * any engineer's, an engineer their own; either (re)generates it. Live: another's regeneration shows.
 */
export function WorkReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const manager = seesEveryEngineer(me.roles);
  const [month, setMonth] = useState(() => previousMonth());
  const [picked, setPicked] = useState<string | null>(null);
  const engineerId = manager ? picked : me.id;
  const { data, stale, error, retry } = useLiveDashboardQuery(WORK_REPORT, { month, engineerId });
  // Another month's or engineer's report is not shown while this one loads.
  const current = stale ? undefined : data;
  const report = current?.workReport;
  const generate = <GenerateWorkReportButton month={month} engineerId={engineerId} exists={Boolean(report)} />;

  return (
    <DashboardPageFrame
      testId="work-reports-dashboard"
      title={t('dashboard.workReports.title')}
      hint={t('dashboard.workReports.hint')}
      filters={<WorkReportPickers month={month} onMonth={setMonth} engineerId={engineerId} onEngineer={setPicked} byEngineer={manager} />}
      failure={{ title: t('dashboard.workReports.loadFailed'), error, retry }}
    >
      {!current && !error && <Spin data-testid="work-report-loading" />}
      {report && <WorkReportView report={report} actions={generate} />}
      {current && !report && (
        <Card size="small" data-testid="work-report-missing">
          <Empty description={t('dashboard.workReports.notGenerated', { month })}>{generate}</Empty>
        </Card>
      )}
    </DashboardPageFrame>
  );
}
