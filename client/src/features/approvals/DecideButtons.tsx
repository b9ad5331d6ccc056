import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import type { ApprovalDecision } from '../../gql/graphql';
import { DECIDE_APPROVAL } from './approvals.operations';
import { DecideDialog, type DecisionValues } from './DecideDialog';

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
  /** The decision whose dialog is open: a rejection's comment, or an approval's engineer. */
  const [dialog, setDialog] = useState<ApprovalDecision | null>(null);
  const [approving, setApproving] = useState(false);
  const change = useChange(onSettled, t('approvals.conflict'));
  const oneClick = useOneClickChange(onSettled, t('approvals.conflict'));
  const [decideApproval, { loading }] = useMutation(DECIDE_APPROVAL);

  const decide = (decision: ApprovalDecision, values: DecisionValues = {}) => () =>
    decideApproval({ variables: { input: { approvalId: approval.id, step: approval.currentStep, decision, comment: values.comment?.trim() || null, assigneeId: values.assigneeId } } });
  const done = (decision: ApprovalDecision) => t(decision === 'APPROVE' ? 'approvals.approved' : 'approvals.rejected');

  const approve = async () => {
    if (assigns) {
      setDialog('APPROVE');
      return;
    }
    setApproving(true);
    await oneClick(decide('APPROVE'), done('APPROVE'));
    setApproving(false);
  };

  return (
    <>
      <Space size="small">
        <Button type="primary" size="small" icon={<CheckOutlined />} loading={approving} disabled={loading} onClick={() => void approve()} data-testid={`approve-${approval.id}`}>
          {t('approvals.approve')}
        </Button>
        <Button danger size="small" icon={<CloseOutlined />} disabled={loading} onClick={() => setDialog('REJECT')} data-testid={`reject-${approval.id}`}>
          {t('approvals.reject')}
        </Button>
      </Space>
      {dialog && <DecideDialog decision={dialog} loading={loading} onSubmit={(values) => change(decide(dialog, values), done(dialog))} onClose={() => setDialog(null)} />}
    </>
  );
}
