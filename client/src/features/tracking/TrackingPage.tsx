import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/errors';
import { reportSessionEnded } from '../../app/session-events';
import type { MyTrackingTableQuery, SupportRole } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';
import { downloadExport, ExportError } from './download-export';
import { MY_TRACKING_TABLE } from './tracking.operations';
import './tracking.css';

type Entry = MyTrackingTableQuery['myTrackingTable'][number];

const MONTH_FORMAT = 'YYYY-MM';
const ROLE_COLOR: Record<SupportRole, string> = { FIRST: 'blue', SECOND: 'purple', ADDITIONAL: 'orange' };
const isErrorKey = (code: string): code is keyof typeof zhCN.errors => Object.hasOwn(zhCN.errors, code);

/** The viewer's 项目跟踪表 for one month, the basis of project bonuses, with its Excel export. */
export function TrackingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [exporting, setExporting] = useState(false);
  const monthText = month.format(MONTH_FORMAT);
  const { data, error, loading } = useQuery(MY_TRACKING_TABLE, { variables: { month: monthText }, fetchPolicy: 'cache-and-network' });

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadExport(`/exports/tracking-table.xlsx?month=${encodeURIComponent(monthText)}`, `tracking-table-${monthText}.xlsx`);
    } catch (failure) {
      const code = failure instanceof ExportError ? failure.code : 'UNKNOWN';
      if (code === 'UNAUTHENTICATED') reportSessionEnded();
      else void message.error(t('tracking.exportFailed', { reason: t(`errors.${isErrorKey(code) ? code : 'UNKNOWN'}`) }));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Entry> = [
    { key: 'date', title: t('tracking.date'), dataIndex: 'entryDate', width: 120 },
    { key: 'project', title: t('tracking.project'), width: 260, render: (_, entry) => (entry.project ? <Link to={`/projects/${entry.project.id}`}>{entry.project.name}</Link> : t('tracking.projectHidden')) },
    { key: 'content', title: t('tracking.content'), dataIndex: 'content', className: 'tracking-page__content' },
    {
      key: 'supportRole',
      title: t('tracking.supportRole'),
      width: 130,
      render: (_, entry) => <Tag color={ROLE_COLOR[entry.supportRole]}>{t(`supportRole.${entry.supportRole}`)}</Tag>,
    },
    { key: 'supporter', title: t('tracking.supporter'), width: 140, render: (_, entry) => entry.supporter.name },
  ];

  return (
    <div className="tracking-page">
      <Card
        title={t('tracking.title')}
        extra={
          <div className="tracking-page__actions">
            <DatePicker
              picker="month"
              value={month}
              onChange={(value) => value && setMonth(value)}
              allowClear={false}
              disabledDate={(date) => date.isAfter(dayjs(), 'month')}
              aria-label={t('tracking.month')}
              data-testid="tracking-month"
            />
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="tracking-export">
              {t('tracking.export')}
            </Button>
          </div>
        }
      >
        <Typography.Paragraph type="secondary">{t('tracking.hint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={t('tracking.loadFailed')} description={describeError(t, error)} style={{ marginBottom: 16 }} />}
        <div data-testid="tracking-table">
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.myTrackingTable ? [...data.myTrackingTable] : []}
            loading={loading && !data}
            pagination={false}
            locale={{ emptyText: t('tracking.empty') }}
          />
        </div>
      </Card>
    </div>
  );
}
