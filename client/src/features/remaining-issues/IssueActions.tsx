import { BugOutlined, BulbOutlined, CheckOutlined, FireOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { ProjectMemberRole, RemainingIssueRowFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { IssueImprovementDialog } from '../improvements/IssueImprovementDialog';
import { SubmitWorkOrderDialog } from '../work-orders/SubmitWorkOrderDialog';
import { FAILED_ATTEMPTS_FOR_FAULT, faultGateMet, issueActions } from './issue-meta';
import { RecordAttemptDialog } from './RecordAttemptDialog';
import { MARK_OBVIOUS_SEVERE_BUG, RESOLVE_REMAINING_ISSUE } from './remaining-issues.operations';

type Dialog = 'attempt' | 'resolve' | 'workOrder' | 'improvement';

interface Props {
  projectId: string;
  issue: RemainingIssueRowFragment;
  members: readonly { role: ProjectMemberRole; user: { id: string } }[];
  onChanged(): void;
}

/**
 * What the viewer may do with an open issue: record an attempt; as its owner mark it an obvious
 * severe bug or resolve it inside support; send it to R&D as a fault work order (once the gate
 * is met, else it says why) or as an improvement request.
 */
export function IssueActions({ projectId, issue, members, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const change = useChange(onChanged, t('remainingIssues.conflict'));
  const oneClick = useOneClickChange(onChanged, t('remainingIssues.conflict'));
  const [mark, marking] = useMutation(MARK_OBVIOUS_SEVERE_BUG);
  const [resolve, resolving] = useMutation(RESOLVE_REMAINING_ISSUE);
  const can = issueActions(issue, members, me);
  const version = { issueId: issue.id, expectedVersion: issue.version };
  const gateMet = faultGateMet(issue);
  if (!Object.values(can).some(Boolean)) return null;

  const workOrderButton = (
    <Button icon={<BugOutlined />} disabled={!gateMet} onClick={() => setDialog('workOrder')} data-testid={`issue-work-order-${issue.id}`}>
      {t('remainingIssues.submitWorkOrder')}
    </Button>
  );

  return (
    <div className="issue-card__actions" data-testid={`issue-actions-${issue.id}`}>
      {can.recordAttempt && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog('attempt')} data-testid={`issue-attempt-${issue.id}`}>
          {t('remainingIssues.recordAttempt')}
        </Button>
      )}
      {can.markSevereBug && (
        <Popconfirm
          title={t('remainingIssues.markTitle')}
          description={t('remainingIssues.markHint')}
          okText={t('remainingIssues.mark')}
          okButtonProps={{ danger: true }}
          cancelText={t('app.cancel')}
          onConfirm={() => oneClick(() => mark({ variables: { input: version } }), t('remainingIssues.marked'))}
        >
          <Button danger icon={<FireOutlined />} loading={marking.loading} data-testid={`issue-mark-${issue.id}`}>
            {t('remainingIssues.mark')}
          </Button>
        </Popconfirm>
      )}
      {can.resolve && (
        <Button icon={<CheckOutlined />} onClick={() => setDialog('resolve')} data-testid={`issue-resolve-${issue.id}`}>
          {t('remainingIssues.resolve')}
        </Button>
      )}
      {can.submitWorkOrder &&
        (gateMet ? (
          workOrderButton
        ) : (
          <Tooltip title={t('remainingIssues.gateNotMet', { count: issue.failedAttempts, needed: FAILED_ATTEMPTS_FOR_FAULT })}>
            <span data-testid={`issue-gate-${issue.id}`}>{workOrderButton}</span>
          </Tooltip>
        ))}
      {can.issueImprovement && (
        <Button icon={<BulbOutlined />} onClick={() => setDialog('improvement')} data-testid={`issue-improvement-${issue.id}`}>
          {t('remainingIssues.issueImprovement')}
        </Button>
      )}
      {dialog === 'attempt' && <RecordAttemptDialog issue={issue} onClose={() => setDialog(null)} onRecorded={onChanged} />}
      {dialog === 'resolve' && (
        <PromptDialog
          name="resolve-issue"
          title={t('remainingIssues.resolveTitle')}
          intro={t('remainingIssues.resolveHint')}
          label={t('remainingIssues.resolution')}
          placeholder={t('remainingIssues.resolutionPlaceholder')}
          field="resolution"
          submitLabel={t('remainingIssues.resolve')}
          loading={resolving.loading}
          onSubmit={(resolution) => change(() => resolve({ variables: { input: { ...version, resolution } } }), t('remainingIssues.resolved'))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'workOrder' && <SubmitWorkOrderDialog issue={issue} onClose={() => setDialog(null)} onSettled={onChanged} />}
      {dialog === 'improvement' && <IssueImprovementDialog projectId={projectId} issue={issue} onClose={() => setDialog(null)} onIssued={onChanged} />}
    </div>
  );
}
