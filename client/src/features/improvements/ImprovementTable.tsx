import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ImprovementItemFragment } from '../../gql/graphql';
import { ImprovementActions } from './ImprovementActions';
import { hoursOf, IMPROVEMENT_STATUS_COLOR } from './improvement-meta';
import './improvements.css';

interface Props {
  requests: readonly ImprovementItemFragment[];
  /** The R&D queue names each request's project; the project's own tab does not need to. */
  showProject: boolean;
  /** The viewer is the project's responsible sales, who agrees to the pre-sales' requests. */
  responsibleSales: boolean;
  loading?: boolean;
  emptyText: string;
  onChanged(): void;
}

/**
 * Improvement requests: number, what is asked, state, who issued it, the sales' agreement, the
 * R&D lead and net R&D time (a column only for those who may see the R&D cost), and the steps
 * the viewer may take.
 */
export function ImprovementTable({ requests, showProject, responsibleSales, loading = false, emptyText, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const none = t('app.none');
  const columns: TableColumnsType<ImprovementItemFragment> = [
    { key: 'sequence', title: t('improvements.sequence'), width: 80, render: (_, request) => t('improvements.sequenceValue', { sequence: request.sequence }) },
    ...(showProject ? [{ key: 'project', title: t('improvements.project'), width: 180, render: (_: unknown, request: ImprovementItemFragment) => request.projectName }] : []),
    {
      key: 'title',
      title: t('improvements.title'),
      render: (_, request) => (
        <div>
          <Typography.Text strong>{request.title}</Typography.Text>
          <div className="improvements__text">{request.description}</div>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('improvements.status'),
      width: 140,
      render: (_, request) => (
        <div data-testid={`improvement-status-${request.id}`} data-status={request.status}>
          <Tag color={IMPROVEMENT_STATUS_COLOR[request.status]}>{t(`improvementStatus.${request.status}`)}</Tag>
          {request.decisionComment && <div className="improvements__text">{request.decisionComment}</div>}
        </div>
      ),
    },
    {
      key: 'issuedBy',
      title: t('improvements.issuedBy'),
      width: 150,
      render: (_, request) => (
        <div>
          <div>{request.issuedBy.name}</div>
          <Typography.Text type="secondary">{formatDateTime(request.createdAt)}</Typography.Text>
        </div>
      ),
    },
    {
      key: 'salesAgreedAt',
      title: t('improvements.salesAgreement'),
      width: 140,
      render: (_, request) => (request.salesAgreedAt ? formatDateTime(request.salesAgreedAt) : none),
    },
    { key: 'rndLead', title: t('improvements.rndLead'), width: 100, render: (_, request) => request.rndLead?.name ?? none },
  ];
  // R&D time is bonus-related: the server sends it only to those who may see it.
  if (requests.some((request) => request.rndMinutes !== null)) {
    columns.push({
      key: 'rndMinutes',
      title: t('improvements.rndHours'),
      width: 90,
      render: (_, request) =>
        request.rndMinutes === null ? (
          none
        ) : (
          <span data-testid={`improvement-minutes-${request.id}`} data-minutes={request.rndMinutes}>
            {t('improvements.hours', { hours: hoursOf(request.rndMinutes) })}
          </span>
        ),
    });
  }
  columns.push({ key: 'actions', title: t('improvements.actions'), width: 180, render: (_, request) => <ImprovementActions request={request} responsibleSales={responsibleSales} onChanged={onChanged} /> });

  return (
    <Table
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...requests]}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
    />
  );
}
