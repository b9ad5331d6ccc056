import { SyncOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { GENERATE_WORK_REPORT, WORK_REPORT } from './dashboards.operations';

interface GenerateWorkReportButtonProps {
  month: string;
  /** Null: the team's report. */
  engineerId: string | null;
  /** Whether there is a report already (the button then regenerates it, small, beside the report's Export). */
  exists: boolean;
}

/** (Re)generates a month's work report from the records as they are now; the page shows the new one at once. */
export function GenerateWorkReportButton({ month, engineerId, exists }: GenerateWorkReportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [generate, { loading }] = useMutation(GENERATE_WORK_REPORT, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: WORK_REPORT, variables: { month, engineerId }, data: { workReport: data.generateWorkReport } });
    },
  });

  const run = async () => {
    try {
      await generate({ variables: { month, engineerId } });
      void message.success(t('dashboard.workReports.generated', { month }));
    } catch (error) {
      void message.error(t('dashboard.workReports.generateFailed', { reason: describeError(t, error) }));
    }
  };

  return (
    <Button type={exists ? 'default' : 'primary'} size={exists ? 'small' : 'middle'} icon={<SyncOutlined />} loading={loading} onClick={() => void run()} data-testid="work-report-generate">
      {exists ? t('dashboard.workReports.regenerate') : t('dashboard.workReports.generate')}
    </Button>
  );
}
