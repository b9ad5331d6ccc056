import { Button, Space } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportAction, SupportParty, SupportRequestItemFragment } from '../../gql/graphql';
import { actionsFor, type FormAction, needsForm } from './support-flow';
import { SupportActionModal } from './SupportActionModal';
import { useActOnSupportRequest } from './useActOnSupportRequest';

/** How each action looks: going on with the request, pressing it, or a plain step. */
const LOOK: Partial<Record<SupportAction, Pick<ButtonProps, 'type' | 'danger'>>> = {
  ACCEPT: { type: 'primary' },
  ACCEPT_PROPOSED_TIME: { type: 'primary' },
  COMPLETE: { type: 'primary' },
  REPORT_HANDOFF_RESULT: { type: 'primary' },
  MARK_URGENT: { danger: true },
  ESCALATE: { danger: true },
};

interface Props {
  request: SupportRequestItemFragment;
  parties: ReadonlySet<SupportParty>;
  /** The record on screen is out of date: reload it. */
  onStale(): void;
}

/** The steps the viewer's party may take in the request's current state; nothing when there are none. */
export function SupportActions({ request, parties, onStale }: Props) {
  const { t } = useTranslation();
  const { act, loading } = useActOnSupportRequest(onStale);
  const [running, setRunning] = useState<SupportAction | null>(null);
  const [formAction, setFormAction] = useState<FormAction | null>(null);
  const actions = actionsFor(request.status, parties);
  if (actions.length === 0) return null;

  const start = async (action: SupportAction) => {
    if (needsForm(action)) {
      setFormAction(action);
      return;
    }
    setRunning(action);
    await act(request, action);
    setRunning(null);
  };

  return (
    <>
      <Space wrap size="small" data-testid={`support-actions-${request.id}`}>
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            {...LOOK[action]}
            loading={running === action}
            disabled={running !== null && running !== action}
            onClick={() => void start(action)}
            data-testid={`support-action-${action}`}
          >
            {t(`supportAction.${action}`)}
          </Button>
        ))}
      </Space>
      {formAction && (
        <SupportActionModal
          request={request}
          action={formAction}
          loading={loading}
          onSubmit={(fields) => act(request, formAction, fields)}
          onClose={() => setFormAction(null)}
        />
      )}
    </>
  );
}
