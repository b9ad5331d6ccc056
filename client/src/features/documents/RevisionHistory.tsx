import { Collapse, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { DocumentItemFragment } from '../../gql/graphql';
import { STATUS_COLOR } from './document-rules';

type Revision = DocumentItemFragment['revisions'][number];

/** Every submission of a document, newest first, as it was reviewed; folded until asked for. */
export function RevisionHistory({ documentId, revisions }: { documentId: string; revisions: readonly Revision[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<Revision> = [
    { key: 'revision', title: t('documents.revision'), width: 110, render: (_, revision) => t('documents.revisionValue', { revision: revision.revision }) },
    { key: 'submittedBy', title: t('documents.submittedBy'), width: 120, render: (_, revision) => revision.submittedBy.name },
    { key: 'submittedAt', title: t('documents.submittedAt'), width: 190, render: (_, revision) => formatDateTime(revision.submittedAt) },
    {
      key: 'outcome',
      title: t('documents.outcome'),
      width: 100,
      render: (_, revision) => <Tag color={STATUS_COLOR[revision.outcome]}>{t(`documentStatus.${revision.outcome}`)}</Tag>,
    },
    { key: 'reason', title: t('documents.rejectionReason'), className: 'document-card__text', render: (_, revision) => revision.rejectionReason ?? t('app.none') },
  ];
  return (
    <Collapse
      size="small"
      ghost
      className="document-card__history"
      data-testid={`document-revisions-${documentId}`}
      items={[
        {
          key: 'revisions',
          label: t('documents.history', { count: revisions.length }),
          children: <Table size="small" rowKey="revision" columns={columns} dataSource={[...revisions]} pagination={false} />,
        },
      ]}
    />
  );
}
