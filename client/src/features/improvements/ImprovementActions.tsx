import { CheckOutlined, ClockCircleOutlined, CloseOutlined, DislikeOutlined, FlagOutlined, LikeOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { ImprovementItemFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { AcceptImprovementDialog } from './AcceptImprovementDialog';
import { CompleteImprovementDialog } from './CompleteImprovementDialog';
import { improvementActions } from './improvement-meta';
import { AGREE_TO_IMPROVEMENT_REQUEST, DECIDE_IMPROVEMENT_REQUEST, DECLINE_IMPROVEMENT_REQUEST } from './improvements.operations';
import { LogRndTimeDialog } from './LogRndTimeDialog';

type Dialog = 'decline' | 'accept' | 'reject' | 'log' | 'complete';

interface Props {
  request: ImprovementItemFragment;
  responsibleSales: boolean;
  onChanged(): void;
}

/** The responsible sales agrees or declines; the RND_MANAGER accepts with a lead or rejects with a reason; the lead logs net R&D time and completes it. */
export function ImprovementActions({ request, responsibleSales, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const change = useChange(onChanged, t('improvements.conflict'));
  const oneClick = useOneClickChange(onChanged, t('improvements.conflict'));
  const [agree, agreeing] = useMutation(AGREE_TO_IMPROVEMENT_REQUEST);
  const [decline, declining] = useMutation(DECLINE_IMPROVEMENT_REQUEST);
  const [decide, deciding] = useMutation(DECIDE_IMPROVEMENT_REQUEST);
  const can = improvementActions(request, me, responsibleSales);
  const version = { requestId: request.id, expectedVersion: request.version };
  const close = () => setDialog(null);

  return (
    <Space size="small" wrap data-testid={`improvement-actions-${request.id}`}>
      {can.agree && (
        <Button size="small" type="primary" icon={<LikeOutlined />} loading={agreeing.loading} onClick={() => void oneClick(() => agree({ variables: { input: version } }), t('improvements.agreed'))} data-testid={`improvement-agree-${request.id}`}>
          {t('improvements.agree')}
        </Button>
      )}
      {can.agree && (
        <Button size="small" danger icon={<DislikeOutlined />} onClick={() => setDialog('decline')} data-testid={`improvement-decline-${request.id}`}>
          {t('improvements.decline')}
        </Button>
      )}
      {can.decide && (
        <>
          <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setDialog('accept')} data-testid={`improvement-accept-${request.id}`}>
            {t('improvements.accept')}
          </Button>
          <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDialog('reject')} data-testid={`improvement-reject-${request.id}`}>
            {t('improvements.reject')}
          </Button>
        </>
      )}
      {can.work && (
        <>
          <Button size="small" icon={<ClockCircleOutlined />} onClick={() => setDialog('log')} data-testid={`improvement-log-${request.id}`}>
            {t('improvements.logTime')}
          </Button>
          <Button size="small" type="primary" icon={<FlagOutlined />} onClick={() => setDialog('complete')} data-testid={`improvement-complete-${request.id}`}>
            {t('improvements.complete')}
          </Button>
        </>
      )}
      {dialog === 'decline' && (
        <PromptDialog
          name="decline-improvement"
          title={t('improvements.declineTitle', { title: request.title })}
          intro={t('improvements.declineHint')}
          label={t('improvements.declineReason')}
          field="reason"
          submitLabel={t('improvements.decline')}
          danger
          loading={declining.loading}
          onSubmit={(reason) => change(() => decline({ variables: { input: { ...version, reason } } }), t('improvements.declined'))}
          onClose={close}
        />
      )}
      {dialog === 'accept' && <AcceptImprovementDialog request={request} onClose={close} onAccepted={onChanged} />}
      {dialog === 'reject' && (
        <PromptDialog
          name="reject-improvement"
          title={t('improvements.rejectTitle', { title: request.title })}
          intro={t('improvements.rejectHint')}
          label={t('improvements.rejectReason')}
          field="comment"
          submitLabel={t('improvements.reject')}
          danger
          loading={deciding.loading}
          onSubmit={(comment) => change(() => decide({ variables: { input: { ...version, decision: 'REJECT', comment } } }), t('improvements.rejected'))}
          onClose={close}
        />
      )}
      {dialog === 'log' && <LogRndTimeDialog request={request} onClose={close} onLogged={onChanged} />}
      {dialog === 'complete' && <CompleteImprovementDialog request={request} onClose={close} onCompleted={onChanged} />}
    </Space>
  );
}
