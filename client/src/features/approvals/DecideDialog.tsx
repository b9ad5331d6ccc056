import { skipToken, useQuery } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import type { ApprovalDecision } from '../../gql/graphql';
import { PRESALES_PEOPLE } from '../people/people.operations';

export interface DecisionValues {
  comment?: string;
  assigneeId?: string;
}

const placeOf = sameNames(['comment', 'assigneeId']);

interface Props {
  /** REJECT asks for the reason; APPROVE (of a pre-sales support application's last step) for the engineer assigned. */
  decision: ApprovalDecision;
  loading: boolean;
  /** Sends the decision (see useChange): resolves to the server's refusal, or null once settled. */
  onSubmit(values: DecisionValues): Promise<{ refused: unknown } | null>;
  onClose(): void;
}

/** A decision that needs more than a click: a rejection's comment, or the engineer an approval assigns. */
export function DecideDialog({ decision, loading, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<DecisionValues>(placeOf, onClose);
  const rejecting = decision === 'REJECT';
  const people = useQuery(PRESALES_PEOPLE, rejecting ? skipToken : {});

  return (
    <FormDialog
      form={form}
      name="decide-approval"
      title={t(rejecting ? 'approvals.rejectTitle' : 'approvals.assignTitle')}
      intro={t(rejecting ? 'approvals.rejectHint' : 'approvals.assignHint')}
      submitLabel={t(rejecting ? 'approvals.rejectSubmit' : 'approvals.assignSubmit')}
      danger={rejecting}
      loading={loading}
      formError={formError}
      onFinish={(values) => void settle(onSubmit(values))}
      onClose={onClose}
    >
      {!rejecting && (
        <SelectField
          name="assigneeId"
          label={t('approvals.assignee')}
          placeholder={t('approvals.assigneePlaceholder')}
          options={people.data?.users.map((user) => ({ value: user.id, label: user.name }))}
          loading={people.loading}
        />
      )}
      <Form.Item name="comment" label={t('approvals.comment')} rules={rejecting ? [{ required: true, whitespace: true, message: t('validation.REQUIRED') }] : []}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t(rejecting ? 'approvals.commentPlaceholder' : 'approvals.approveCommentPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
