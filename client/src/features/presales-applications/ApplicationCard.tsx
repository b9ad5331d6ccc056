import { Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { PresalesApplicationItemFragment } from '../../gql/graphql';
import { APPROVAL_STATUS_COLOR } from '../approvals/approval-meta';
import { ApprovalSteps } from '../approvals/ApprovalSteps';
import { SupportTypeTags } from '../board/ProjectTags';

/** One application: what was asked for, where its approval stands, and once approved the engineer and the project. */
export function ApplicationCard({ application }: { application: PresalesApplicationItemFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const none = t('app.none');
  const { approval } = application;
  const wanted =
    application.wantedStart || application.wantedEnd ? t('project.wantedRange', { start: application.wantedStart ?? none, end: application.wantedEnd ?? none }) : none;

  const items: DescriptionsProps['items'] = [
    { key: 'customer', label: t('applications.customer'), children: application.customer?.name ?? none },
    { key: 'requestedBy', label: t('applications.requestedBy'), children: application.requestedBy.name },
    { key: 'createdAt', label: t('applications.createdAt'), children: formatDateTime(application.createdAt) },
    { key: 'supportTypes', label: t('applications.supportTypes'), children: <SupportTypeTags types={application.supportTypes} />, span: 2 },
    { key: 'wanted', label: t('applications.wantedDates'), children: wanted },
    { key: 'requirements', label: t('applications.requirements'), children: <span className="applications__text">{application.requirements}</span>, span: 'filled' },
    {
      key: 'assigned',
      label: t('applications.assignedPresales'),
      children: application.assignedPresales ? (
        <Typography.Text strong data-testid={`application-engineer-${application.id}`}>
          {application.assignedPresales.name}
        </Typography.Text>
      ) : (
        t('applications.notAssigned')
      ),
    },
    {
      key: 'project',
      label: t('applications.project'),
      span: 2,
      children: application.project ? (
        <Link to={`/projects/${application.project.id}`} data-testid={`application-project-${application.id}`}>
          {application.project.name}
        </Link>
      ) : (
        t('applications.noProject')
      ),
    },
  ];

  return (
    <Card
      size="small"
      className="applications__card"
      data-testid={`application-${application.id}`}
      data-status={approval?.status}
      title={
        <div className="applications__title">
          <Typography.Text strong>{application.projectName}</Typography.Text>
          {approval && <Tag color={APPROVAL_STATUS_COLOR[approval.status]}>{t(`approvalStatus.${approval.status}`)}</Tag>}
        </div>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      {approval && <ApprovalSteps steps={approval.steps} />}
    </Card>
  );
}
