import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, hasErrorCode, validationProblems } from '../../app/errors';
import { SelectField } from '../../app/forms/SelectField';
import type { ApprovalDecision } from '../../gql/graphql';
import { PRESALES_PEOPLE } from '../people/people.operations';
import { DECIDE_APPROVAL } from './approvals.operations';

interface DialogValues {
  comment?: string;
  assigneeId?: string;
}

const DIALOG_FIELDS = ['comment', 'assigneeId'] as const satisfies readonly (keyof DialogValues)[];
const isDialogField = (name: string): name is (typeof DIALOG_FIELDS)[number] => DIALOG_FIELDS.some((field) => field === name);

interface Props {
  approval: { id: string; currentStep: number };
  /** Approving names the engineer who will support (the last step of a pre-sales support application). */
  assigns: boolean;
  /** After any answer from the server: what is on screen may have changed. */
  onSettled(): void;
}

/**
 * Approve, or reject with a comment, the step the viewer sees. Someone who decided that
 * step first makes this a CONFLICT: the viewer is told, and the list is reloaded.
 */
export function DecideButtons({ approval, assigns, onSettled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DialogValues>();
  /** The decision whose dialog is open: a rejection's comment, or an approval's engineer. */
  const [dialog, setDialog] = useState<ApprovalDecision | null>(null);
  const [decideApproval, { loading }] = useMutation(DECIDE_APPROVAL);
  const [deciding, setDeciding] = useState<ApprovalDecision | null>(null);
  const people = useQuery(PRESALES_PEOPLE, dialog === 'APPROVE' ? {} : skipToken);

  const decide = async (decision: ApprovalDecision, values: DialogValues = {}) => {
    setDeciding(decision);
    try {
      await decideApproval({ variables: { input: { approvalId: approval.id, step: approval.currentStep, decision, comment: values.comment?.trim() || null, assigneeId: values.assigneeId } } });
      void message.success(t(decision === 'APPROVE' ? 'approvals.approved' : 'approvals.rejected'));
      setDialog(null);
    } catch (error) {
      const problems = Object.entries(validationProblems(t, error)).flatMap(([name, problem]) => (isDialogField(name) ? [{ name, errors: [problem] }] : []));
      if (dialog && problems.length > 0) {
        form.setFields(problems);
        return;
      }
      if (hasErrorCode(error, 'CONFLICT')) void message.warning(t('approvals.conflict'), 6);
      else void message.error(describeError(t, error));
      setDialog(null);
    } finally {
      setDeciding(null);
    }
    onSettled();
  };

  const approve = () => (assigns ? setDialog('APPROVE') : void decide('APPROVE'));
  const rejecting = dialog === 'REJECT';

  return (
    <>
      <Space size="small">
        <Button
          type="primary"
          size="small"
          icon={<CheckOutlined />}
          loading={loading && deciding === 'APPROVE' && !dialog}
          disabled={loading}
          onClick={approve}
          data-testid={`approve-${approval.id}`}
        >
          {t('approvals.approve')}
        </Button>
        <Button danger size="small" icon={<CloseOutlined />} disabled={loading} onClick={() => setDialog('REJECT')} data-testid={`reject-${approval.id}`}>
          {t('approvals.reject')}
        </Button>
      </Space>
      <Modal
        open={dialog !== null}
        title={t(rejecting ? 'approvals.rejectTitle' : 'approvals.assignTitle')}
        onCancel={() => setDialog(null)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setDialog(null)}>
            {t('approvals.cancel')}
          </Button>,
          <Button key="submit" type="primary" danger={rejecting} loading={loading} onClick={() => form.submit()} data-testid="decide-submit">
            {t(rejecting ? 'approvals.rejectSubmit' : 'approvals.assignSubmit')}
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary">{t(rejecting ? 'approvals.rejectHint' : 'approvals.assignHint')}</Typography.Paragraph>
        <Form
          form={form}
          name="decide-approval"
          layout="vertical"
          requiredMark="optional"
          preserve={false}
          onFinish={(values) => dialog && void decide(dialog, values)}
          data-testid="decide-form"
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
        </Form>
      </Modal>
    </>
  );
}
