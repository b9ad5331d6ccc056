import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import { ListPage } from '../../app/ListPage';
import type { OutboxQuery } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { MAIL_STATUS_COLOR, mayReadOutbox, PAGE_LIMIT, useRuleName } from './notification-meta';
import { OUTBOX } from './notifications.operations';
import './notifications.css';

type Mail = OutboxQuery['outbox'][number];

/** The administrator's outbox, newest first: each mail's state, addressees, copies and subject; a row opens to its text. */
function Outbox() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const ruleName = useRuleName();
  const { data, error, loading, refetch } = useQuery(OUTBOX, { variables: { limit: PAGE_LIMIT }, fetchPolicy: 'cache-and-network' });
  const reload = () => void refetch().catch(() => undefined);
  const addresses = (list: readonly string[]) => (list.length > 0 ? <span className="outbox__addresses">{list.join(', ')}</span> : t('app.none'));
  const columns: TableColumnsType<Mail> = [
    { key: 'createdAt', title: t('outbox.createdAt'), width: 170, render: (_, mail) => formatDateTime(mail.createdAt) },
    {
      key: 'status',
      title: t('outbox.status'),
      width: 110,
      render: (_, mail) => (
        <Tag color={MAIL_STATUS_COLOR[mail.status]} data-testid={`outbox-status-${mail.id}`}>
          {t(`mailStatus.${mail.status}`)}
        </Tag>
      ),
    },
    { key: 'to', title: t('outbox.to'), render: (_, mail) => addresses(mail.to) },
    { key: 'cc', title: t('outbox.cc'), render: (_, mail) => addresses(mail.cc) },
    { key: 'subject', title: t('outbox.subject'), render: (_, mail) => mail.subject },
    { key: 'rule', title: t('outbox.rule'), render: (_, mail) => ruleName(mail.rule) },
    {
      key: 'attempts',
      title: t('outbox.attempts'),
      width: 180,
      render: (_, mail) => (
        <>
          {mail.attempts}
          {mail.sentAt && <Typography.Text type="secondary"> · {t('outbox.sentAt', { at: formatDateTime(mail.sentAt) })}</Typography.Text>}
          {mail.lastError && <Typography.Paragraph type="danger" className="outbox__error">{mail.lastError}</Typography.Paragraph>}
        </>
      ),
    },
  ];

  return (
    <ListPage
      wide
      title={t('outbox.title')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} data-testid="outbox-reload">
          {t('outbox.reload')}
        </Button>
      }
      hint={t('outbox.hint')}
      loadFailed={t('outbox.loadFailed')}
      error={error}
      onRetry={reload}
    >
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.outbox ?? []}
        loading={loading && !data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('outbox.empty') }}
        expandable={{ expandedRowRender: (mail) => <pre className="outbox__body">{mail.body}</pre> }}
        data-testid="outbox"
        onRow={(mail) => ({ 'data-testid': `outbox-row-${mail.id}` }) as HTMLAttributes<HTMLTableRowElement>}
      />
    </ListPage>
  );
}

/** The outbox is the administrator's; anyone else gets told so. */
export function OutboxPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!mayReadOutbox(me.roles)) return <Result status="403" title={t('outbox.forbidden')} />;
  return <Outbox />;
}
