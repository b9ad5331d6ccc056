import { LockOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, type DescriptionsProps, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { DocumentItemFragment, Role } from '../../gql/graphql';
import { ApprovalSteps } from '../approvals/ApprovalSteps';
import { DocumentActions } from './DocumentActions';
import { DocumentContent } from './DocumentContent';
import type { Side } from '../projects/project-sides';
import { STATUS_COLOR } from './document-rules';
import { RevisionHistory } from './RevisionHistory';

interface Props {
  projectId: string;
  document: DocumentItemFragment;
  viewer: { sides: ReadonlySet<Side>; roles: readonly Role[] };
  /** After any change (or refusal): reload the documents. */
  onChanged(): void;
}

/** A site-entry list's customer signature, or that it still waits for one. */
function CustomerSignature({ document }: { document: DocumentItemFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!document.customerSignedBy || !document.customerSignedAt) return <Typography.Text type="secondary">{t('documents.notSigned')}</Typography.Text>;
  return (
    <span data-testid={`document-signature-${document.id}`}>
      {t('documents.signedValue', { name: document.customerSignedBy, at: formatDateTime(document.customerSignedAt) })}
    </span>
  );
}

/** One document: its kind, state and content, why it was last rejected, its approval chain and its revisions. */
export function DocumentCard({ projectId, document, viewer, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const items: DescriptionsProps['items'] = [
    {
      key: 'revision',
      label: t('documents.revision'),
      children: document.revision > 0 ? t('documents.revisionValue', { revision: document.revision }) : t('documents.notSubmitted'),
    },
    { key: 'createdBy', label: t('documents.createdBy'), children: document.createdBy.name },
    { key: 'updatedAt', label: t('documents.updatedAt'), children: formatDateTime(document.updatedAt) },
    { key: 'reviewedBy', label: t('documents.reviewedBy'), children: document.reviewedBy?.name ?? t('app.none') },
  ];
  if (document.kind === 'SITE_ENTRY_LIST') {
    items.push({ key: 'signature', label: t('documents.customerSignature'), children: <CustomerSignature document={document} />, span: 'filled' });
  }

  return (
    <Card
      size="small"
      className="document-card"
      data-testid={`document-${document.id}`}
      data-kind={document.kind}
      data-status={document.status}
      data-revision={document.revision}
      title={
        <div className="document-card__title">
          <Tag color="blue" variant="outlined">
            {t(`documentKind.${document.kind}`)}
          </Tag>
          <Typography.Text strong ellipsis={{ tooltip: document.title }}>
            {document.title}
          </Typography.Text>
          <Tag color={STATUS_COLOR[document.status]} data-testid={`document-status-${document.id}`}>
            {t(`documentStatus.${document.status}`)}
          </Tag>
          {document.internal && (
            <Tooltip title={t('documents.internalHint')}>
              <Tag icon={<LockOutlined />}>{t('documents.internal')}</Tag>
            </Tooltip>
          )}
        </div>
      }
      extra={<DocumentActions projectId={projectId} document={document} viewer={viewer} onChanged={onChanged} />}
    >
      {document.status === 'REJECTED' && document.rejectionReason && (
        <Alert
          type="error"
          showIcon
          className="document-card__rejection"
          title={t('documents.rejectionReason')}
          description={
            <span className="document-card__text" data-testid={`document-rejection-${document.id}`}>
              {document.rejectionReason}
            </span>
          }
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 4 }} items={items} />
      <DocumentContent document={document} />
      {document.approval && <ApprovalSteps steps={document.approval.steps} />}
      {document.revisions.length > 0 && <RevisionHistory documentId={document.id} revisions={document.revisions} />}
    </Card>
  );
}
