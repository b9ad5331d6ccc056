import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ApprovalStepItemFragment } from '../../gql/graphql';
import { STEP_STATUS } from './approval-meta';

/** Who decided a step, when, and what they said; or that it is waiting. */
function StepDetail({ step }: { step: ApprovalStepItemFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="approval-step" data-testid={`approval-step-${step.position}`} data-status={step.status}>
      <div>{t(`stepStatus.${step.status}`)}</div>
      {step.decidedBy && <div>{step.decidedBy.name}</div>}
      {step.decidedAt && <Typography.Text type="secondary">{formatDateTime(step.decidedAt)}</Typography.Text>}
      {step.comment && <div className="approval-step__comment">{step.comment}</div>}
    </div>
  );
}

/** The chain of an approval: each step's role, status, decider and comment. */
export function ApprovalSteps({ steps }: { steps: readonly ApprovalStepItemFragment[] }) {
  const { t } = useTranslation();
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  return (
    <Steps
      size="small"
      className="approval-steps"
      items={ordered.map((step) => ({
        key: step.position,
        title: t(`role.${step.approverRole}`),
        status: STEP_STATUS[step.status],
        content: <StepDetail step={step} />,
      }))}
    />
  );
}
