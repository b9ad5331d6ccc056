import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectMemberRole, RemainingIssueRowFragment } from '../../gql/graphql';
import { TabHead } from '../projects/TabHead';
import { IssueCard } from './IssueCard';
import './remaining-issues.css';

interface Props {
  projectId: string;
  issues: readonly RemainingIssueRowFragment[];
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  /** Reloads the record: after a change, or when what is on screen turned out stale. */
  reload(): void;
}

/**
 * The project's remaining issues (遗留问题, 第十七–十九条), which its first pre-sales must drive:
 * each attempt on record, then resolved inside support or sent to R&D through one form.
 */
export function RemainingIssuesTab({ projectId, issues, members, reload }: Props) {
  const { t } = useTranslation();
  return (
    <div data-testid="remaining-issues">
      <TabHead summary={t('remainingIssues.count', { count: issues.length })} />
      {issues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('remainingIssues.empty')} />
      ) : (
        issues.map((issue) => <IssueCard key={issue.id} projectId={projectId} issue={issue} members={members} onChanged={reload} />)
      )}
    </div>
  );
}
