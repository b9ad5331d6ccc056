import { CheckOutlined, CloseOutlined, EditOutlined, SendOutlined, SignatureOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Space } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import { useChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { DocumentItemFragment, Role } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';
import type { Side } from '../projects/project-sides';
import { DocumentFormModal } from './DocumentFormModal';
import { documentActions } from './document-rules';
import { RECORD_CUSTOMER_SIGNATURE, REVIEW_PROJECT_DOCUMENT, SUBMIT_PROJECT_DOCUMENT } from './documents.operations';

type Field = keyof typeof zhCN.documentField;
const isField = (name: string): name is Field => Object.hasOwn(zhCN.documentField, name);

/** A refusal of a step without a form; a document not ready to submit names what is missing. */
function describeRefusal(t: TFunction, language: string, error: unknown): string {
  const fields = [...new Set(Object.keys(validationProblems(t, error)).map((name) => name.split('.')[0]))];
  if (fields.length === 0) return describeError(t, error);
  const labels = fields.map((field) => (isField(field) ? t(`documentField.${field}`) : field));
  return t('documents.incomplete', { fields: new Intl.ListFormat(language, { type: 'conjunction' }).format(labels) });
}

/** The steps taken with one click; rejecting and signing ask for a text first. */
type OneClick = 'submit' | 'approve';
const ONE_CLICK_ICON: Record<OneClick, ReactNode> = { submit: <SendOutlined />, approve: <CheckOutlined /> };

interface Props {
  projectId: string;
  document: DocumentItemFragment;
  viewer: { sides: ReadonlySet<Side>; roles: readonly Role[] };
  onChanged(): void;
}

/** The steps the viewer may take on a document now: edit, submit, approve or reject, record the customer's signature. */
export function DocumentActions({ projectId, document, viewer, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'edit' | 'reject' | 'sign' | null>(null);
  const [running, setRunning] = useState<OneClick | null>(null);
  const change = useChange(onChanged, t('documents.conflict'));
  const [submit] = useMutation(SUBMIT_PROJECT_DOCUMENT);
  const [review, reviewing] = useMutation(REVIEW_PROJECT_DOCUMENT);
  const [sign, signing] = useMutation(RECORD_CUSTOMER_SIGNATURE);
  const can = documentActions(document, viewer);
  const version = { documentId: document.id, expectedVersion: document.version };
  const oneClicks = (['submit', 'approve'] as const).filter((step) => (step === 'submit' ? can.submit : can.review));

  const runOneClick = async (step: OneClick) => {
    setRunning(step);
    const outcome = await change(
      () => (step === 'submit' ? submit({ variables: { input: version } }) : review({ variables: { input: { ...version, decision: 'APPROVE' } } })),
      t(step === 'submit' ? 'documents.submitted' : 'documents.approved'),
    );
    setRunning(null);
    if (outcome) void message.error(describeRefusal(t, i18n.language, outcome.refused), 6);
  };

  return (
    <>
      <Space size="small" wrap data-testid={`document-actions-${document.id}`}>
        {can.edit && (
          <Button size="small" icon={<EditOutlined />} disabled={running !== null} onClick={() => setDialog('edit')} data-testid={`document-edit-${document.id}`}>
            {t('documents.edit')}
          </Button>
        )}
        {oneClicks.map((step) => (
          <Button
            key={step}
            size="small"
            type="primary"
            icon={ONE_CLICK_ICON[step]}
            loading={running === step}
            disabled={running !== null && running !== step}
            onClick={() => void runOneClick(step)}
            data-testid={`document-${step}-${document.id}`}
          >
            {t(`documents.${step}`)}
          </Button>
        ))}
        {can.review && (
          <Button size="small" danger icon={<CloseOutlined />} disabled={running !== null} onClick={() => setDialog('reject')} data-testid={`document-reject-${document.id}`}>
            {t('documents.reject')}
          </Button>
        )}
        {can.sign && (
          <Button size="small" icon={<SignatureOutlined />} onClick={() => setDialog('sign')} data-testid={`document-sign-${document.id}`}>
            {t('documents.sign')}
          </Button>
        )}
      </Space>
      {dialog === 'edit' && <DocumentFormModal projectId={projectId} document={document} sides={viewer.sides} onClose={() => setDialog(null)} onSaved={onChanged} />}
      {dialog === 'reject' && (
        <PromptDialog
          name="reject-document"
          title={t('documents.rejectTitle', { title: document.title })}
          intro={t('documents.rejectHint')}
          label={t('documents.rejectionReason')}
          placeholder={t('documents.reasonPlaceholder')}
          field="reason"
          submitLabel={t('documents.reject')}
          danger
          loading={reviewing.loading}
          onSubmit={(reason) => change(() => review({ variables: { input: { ...version, decision: 'REJECT', reason } } }), t('documents.rejected'))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'sign' && (
        <PromptDialog
          name="sign-document"
          title={t('documents.signTitle')}
          intro={t('documents.signHint')}
          label={t('documents.signedBy')}
          placeholder={t('documents.signedByPlaceholder')}
          field="signedBy"
          short
          submitLabel={t('documents.sign')}
          loading={signing.loading}
          onSubmit={(signedBy) => change(() => sign({ variables: { input: { ...version, signedBy } } }), t('documents.signed'))}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
