import type { ReactNode } from 'react';
import { Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { ApprovalItemFragment } from '../../gql/graphql';
import { SupportTypeTags } from '../board/ProjectTags';
import { APPROVAL_STATUS_COLOR, currentStepOf } from './approval-meta';
import { ApprovalSteps } from './ApprovalSteps';

interface Props {
  approval: ApprovalItemFragment;
  /** The inbox names the project; the project's own tab does not need to. */
  showProject: boolean;
  /** The viewer's decision buttons, when the current step is theirs. */
  actions?: ReactNode;
}

/** One approval: what is asked, by whom, on which project, and where its chain stands. */
export function ApprovalCard({ approval, showProject, actions }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const step = currentStepOf(approval);
  const request = approval.resourceRequest;
  const application = approval.presalesApplication;

  const items: DescriptionsProps['items'] = [];
  if (showProject) {
    items.push({
      key: 'project',
      label: t('approvals.project'),
      // An approver who may not see the project still sees its name; an application names the project it would become.
      children: approval.project ? (
        <Link to={`/projects/${approval.project.id}`}>{approval.project.name}</Link>
      ) : (
        (approval.projectName ?? application?.projectName ?? t('approvals.projectHidden'))
      ),
    });
  }
  items.push(
    { key: 'requestedBy', label: t('approvals.requestedBy'), children: approval.requestedBy.name },
    { key: 'createdAt', label: t('approvals.createdAt'), children: formatDateTime(approval.createdAt) },
  );
  if (request) {
    items.push(
      { key: 'candidate', label: t('approvals.candidate'), children: <Typography.Text strong>{request.candidate.name}</Typography.Text> },
      { key: 'reason', label: t('approvals.reason'), children: <span className="approval-card__reason">{request.reason}</span>, span: 'filled' },
    );
  }
  if (application) {
    items.push(
      { key: 'customer', label: t('approvals.customer'), children: application.customer?.name ?? t('app.none') },
      { key: 'supportTypes', label: t('approvals.supportTypes'), children: <SupportTypeTags types={application.supportTypes} />, span: 2 },
      { key: 'requirements', label: t('approvals.requirements'), children: <span className="approval-card__reason">{application.requirements}</span>, span: 'filled' },
    );
  }
  if (approval.workOrder) {
    items.push({
      key: 'workOrder',
      label: t('approvals.workOrder'),
      children: (
        <Link to={`/work-orders/${approval.workOrder.id}`} data-testid={`approval-work-order-${approval.workOrder.id}`}>
          {approval.workOrder.title}
        </Link>
      ),
      span: 'filled',
    });
  }
  if (approval.document) {
    items.push({ key: 'document', label: t('approvals.document'), children: approval.document.title, span: 'filled' });
  }
  if (approval.status === 'PENDING' && step) {
    items.push({
      key: 'step',
      label: t('approvals.currentStep'),
      children: t('approvals.stepOf', { number: step.position + 1, total: approval.steps.length, role: t(`role.${step.approverRole}`) }),
    });
  } else if (approval.decidedAt) {
    items.push({ key: 'decidedAt', label: t('approvals.decidedAt'), children: formatDateTime(approval.decidedAt) });
  }

  return (
    <Card
      size="small"
      className="approval-card"
      data-testid={`approval-${approval.id}`}
      data-status={approval.status}
      data-step={approval.currentStep}
      title={
        <div className="approval-card__title">
          <Typography.Text strong>{t(`approvalKind.${approval.kind}`)}</Typography.Text>
          <Tag color={APPROVAL_STATUS_COLOR[approval.status]}>{t(`approvalStatus.${approval.status}`)}</Tag>
        </div>
      }
      extra={actions}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      <ApprovalSteps steps={approval.steps} />
    </Card>
  );
}
