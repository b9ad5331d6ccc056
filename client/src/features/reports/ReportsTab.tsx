import { FormOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectMemberRole, ReportItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { useEditingPresence } from '../presence/useEditingPresence';
import { FileReportDrawer } from './FileReportDrawer';
import { isResponsibleSales, mayFileReport } from './report-meta';
import { ReportCard } from './ReportCard';
import './reports.css';

interface ReportsTabProps {
  projectId: string;
  reports: readonly ReportItemFragment[];
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
}

/** The project's communication reports, newest first, and the form to file one. */
export function ReportsTab({ projectId, reports, members }: ReportsTabProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filing, setFiling] = useState(false);
  useEditingPresence('PROJECT', projectId, filing ? 'report' : null);
  const salesView = isResponsibleSales(members, me.id);
  const mayFile = mayFileReport(members, me.id);

  return (
    <div className="reports-tab" data-testid="reports">
      <div className="reports-tab__head">
        <Typography.Text type="secondary">{t('reports.count', { count: reports.length })}</Typography.Text>
        {mayFile && (
          <Button type="primary" icon={<FormOutlined />} onClick={() => setFiling(true)} className="reports-tab__file" data-testid="file-report">
            {t('reports.fileReport')}
          </Button>
        )}
      </div>
      {reports.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.empty')} />
      ) : (
        reports.map((report) => <ReportCard key={report.id} report={report} mayAskWritten={salesView} />)
      )}
      {mayFile && <FileReportDrawer projectId={projectId} open={filing} onClose={() => setFiling(false)} />}
    </div>
  );
}
