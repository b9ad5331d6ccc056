import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { mayDecide, needsAssignee } from './approval-meta';
import { ApprovalCard } from './ApprovalCard';
import { DecideButtons } from './DecideButtons';
import './approvals.css';

/** The project's approvals, newest first, with the steps of each; the viewer decides theirs here too. */
export function ApprovalsTab({ approvals, reload }: { approvals: readonly ApprovalItemFragment[]; reload(): void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div data-testid="project-approvals">
      {approvals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.projectEmpty')} />
      ) : (
        approvals.map((approval) => (
          <ApprovalCard
            key={approval.id}
            approval={approval}
            showProject={false}
            actions={mayDecide(approval, me.roles) && <DecideButtons approval={approval} assigns={needsAssignee(approval)} onSettled={reload} />}
          />
        ))
      )}
    </div>
  );
}
