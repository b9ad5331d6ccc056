import { Alert, Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { ProjectMemberRole, RemainingIssueRowFragment } from '../../gql/graphql';
import { IssueActions } from './IssueActions';
import { IssueAttempts } from './IssueAttempts';
import { FAILED_ATTEMPTS_FOR_FAULT, ISSUE_STATUS_COLOR } from './issue-meta';

interface Props {
  projectId: string;
  issue: RemainingIssueRowFragment;
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  onChanged(): void;
}

/** One remaining issue: its state, owner, failed attempts against the gate, how support resolved it, the attempts and the owner's steps. */
export function IssueCard({ projectId, issue, members, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const items: DescriptionsProps['items'] = [
    { key: 'owner', label: t('remainingIssues.owner'), children: issue.owner.name },
    { key: 'createdAt', label: t('remainingIssues.createdAt'), children: formatDateTime(issue.createdAt) },
    {
      key: 'failedAttempts',
      label: t('remainingIssues.failedAttempts'),
      children: (
        <span data-testid={`issue-failed-${issue.id}`} data-count={issue.failedAttempts}>
          {t('remainingIssues.failedOf', { count: issue.failedAttempts, needed: FAILED_ATTEMPTS_FOR_FAULT })}
        </span>
      ),
    },
  ];

  return (
    <Card
      size="small"
      className="issue-card"
      data-testid={`issue-${issue.id}`}
      data-status={issue.status}
      title={
        <div className="issue-card__title">
          <Tag color={ISSUE_STATUS_COLOR[issue.status]} data-testid={`issue-status-${issue.id}`}>
            {t(`remainingStatus.${issue.status}`)}
          </Tag>
          {issue.severeBug && (
            <Tag color="red" variant="solid" data-testid={`issue-severe-${issue.id}`}>
              {t('remainingIssues.severeBug')}
            </Tag>
          )}
          <Typography.Text strong className="issue-card__description">
            {issue.description}
          </Typography.Text>
        </div>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      {issue.resolution && (
        <Alert
          type="success"
          showIcon
          className="issue-card__resolution"
          title={t('remainingIssues.resolution')}
          description={<span className="issue-card__text">{issue.resolution}</span>}
        />
      )}
      <IssueAttempts attempts={issue.attempts} />
      <IssueActions projectId={projectId} issue={issue} members={members} onChanged={onChanged} />
    </Card>
  );
}
