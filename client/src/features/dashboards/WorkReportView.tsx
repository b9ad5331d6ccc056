import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { WorkReportFieldsFragment } from '../../gql/graphql';
import { ExportButton } from './ExportButton';
import { WorkReportFiguresList } from './WorkReportFiguresList';
import { WorkReportMembersTable } from './WorkReportMembersTable';
import { WorkReportProblems } from './WorkReportProblems';

/** A stored work report: when and by whom it was generated, its figures, its problems, and for the team each member's figures. */
export function WorkReportView({ report, actions }: { report: WorkReportFieldsFragment; actions: ReactNode }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const team = report.scope === 'TEAM';
  const title = team ? t('dashboard.workReports.teamReport', { month: report.month }) : t('dashboard.workReports.engineerReport', { name: report.engineerName, month: report.month });
  const exportParams = { month: report.month, engineerId: report.engineerId };

  return (
    <Card
      size="small"
      title={title}
      data-testid="work-report"
      data-scope={report.scope}
      extra={
        <div className="dashboard-card__actions">
          {actions}
          <ExportButton name="work-report" params={exportParams} />
        </div>
      }
    >
      <div className="dashboard">
        <Typography.Text type="secondary" data-testid="work-report-generated">
          {t('dashboard.workReports.generatedAt', { at: formatDateTime(report.generatedAt), by: report.generatedBy ?? t('dashboard.workReports.monthlyJob') })}
        </Typography.Text>
        <Typography.Title level={5}>{t('dashboard.workReports.figuresTitle')}</Typography.Title>
        <WorkReportFiguresList figures={report.figures} />
        <Typography.Title level={5}>{t('dashboard.workReports.problemsTitle')}</Typography.Title>
        <WorkReportProblems problems={report.problems} />
        {team && (
          <>
            <Typography.Title level={5}>{t('dashboard.workReports.membersTitle')}</Typography.Title>
            <WorkReportMembersTable members={report.members} total={report.figures} />
          </>
        )}
      </div>
    </Card>
  );
}
