import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { ListPage } from '../../app/ListPage';
import type { UninitiatedWorkItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { RecordWorkModal } from './RecordWorkModal';
import { mayRecordUninitiatedWork, WORK_STATUS_COLOR } from './uninitiated-meta';
import { useLiveUninitiatedWork } from './useLiveUninitiatedWork';
import { WorkActions } from './WorkActions';
import './uninitiated-work.css';

type Work = UninitiatedWorkItemFragment;

/**
 * Support on projects nobody has initiated yet (未立项支持, 第十一条), live: the pre-sales records
 * it and reminds the sales; after a reminder they may stop, and the record then names the sales
 * as responsible for any delay. Either of the two links the project once it is initiated.
 */
export function UninitiatedWorkPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const { data, error, loading, refetch } = useLiveUninitiatedWork();
  const [recording, setRecording] = useState(false);
  const reload = () => void refetch().catch(() => undefined);

  const columns: TableColumnsType<Work> = [
    {
      key: 'project',
      title: t('uninitiated.projectName'),
      render: (_, work) => (
        <div>
          <Typography.Text strong>{work.projectName}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{work.customer?.name ?? t('app.none')}</Typography.Text>
          </div>
          <div className="uninitiated-page__text">{work.description}</div>
        </div>
      ),
    },
    {
      key: 'people',
      title: t('uninitiated.people'),
      width: 150,
      render: (_, work) => (
        <div>
          <div>{t('uninitiated.presalesName', { name: work.presales.name })}</div>
          <div>{t('uninitiated.salesName', { name: work.sales.name })}</div>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('uninitiated.status'),
      width: 140,
      render: (_, work) => (
        <div data-testid={`uninitiated-status-${work.id}`} data-status={work.status}>
          <Tag color={WORK_STATUS_COLOR[work.status]}>{t(`uninitiatedStatus.${work.status}`)}</Tag>
          {work.project && <Link to={`/projects/${work.project.id}`}>{work.project.name}</Link>}
        </div>
      ),
    },
    {
      key: 'reminders',
      title: t('uninitiated.reminders'),
      width: 190,
      render: (_, work) => (
        <div data-testid={`uninitiated-reminders-${work.id}`} data-count={work.reminders}>
          <div>{t('uninitiated.reminderCount', { count: work.reminders })}</div>
          {work.lastRemindedAt && <Typography.Text type="secondary">{t('uninitiated.lastReminded', { at: formatDateTime(work.lastRemindedAt) })}</Typography.Text>}
        </div>
      ),
    },
    {
      key: 'responsible',
      title: t('uninitiated.responsibleForDelay'),
      width: 190,
      render: (_, work) =>
        work.responsibleForDelay ? (
          <div className="uninitiated-page__responsible" data-testid={`uninitiated-responsible-${work.id}`}>
            <Typography.Text type="danger" strong>
              {t('uninitiated.responsibleValue', { name: work.responsibleForDelay.name })}
            </Typography.Text>
            {work.stoppedAt && <Typography.Text type="secondary">{t('uninitiated.stoppedAt', { at: formatDateTime(work.stoppedAt) })}</Typography.Text>}
          </div>
        ) : (
          t('app.none')
        ),
    },
    { key: 'actions', title: t('uninitiated.actions'), width: 210, render: (_, work) => <WorkActions work={work} onChanged={reload} /> },
  ];

  return (
    <ListPage
      wide
      title={t('uninitiated.title')}
      extra={
        mayRecordUninitiatedWork(me.roles) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-uninitiated">
            {t('uninitiated.record')}
          </Button>
        )
      }
      hint={t('uninitiated.hint')}
      loadFailed={t('uninitiated.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <div data-testid="uninitiated-work">
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data ? [...data.uninitiatedWork] : []}
          loading={loading && !data}
          pagination={false}
          rowClassName={(work) => (work.responsibleForDelay ? 'uninitiated-page__row--stopped' : '')}
          locale={{ emptyText: t('uninitiated.empty') }}
        />
      </div>
      {recording && <RecordWorkModal onClose={() => setRecording(false)} onRecorded={reload} />}
    </ListPage>
  );
}
