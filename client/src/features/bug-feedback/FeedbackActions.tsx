import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { BugFeedbackItemFragment, TesterAction } from '../../gql/graphql';
import { ACT_ON_BUG_FEEDBACK } from './bug-feedback.operations';
import { type FormStep, needsForm, testerActionsFor } from './feedback-meta';
import { LinkFixDialog } from './LinkFixDialog';

const PRIMARY: readonly TesterAction[] = ['MARK_REPRODUCED', 'LINK_FIX', 'VERIFY_FIX'];

/** A tester's steps on one piece of feedback in its current state; those that need notes or the fix version ask for them. */
export function FeedbackActions({ feedback, onChanged }: { feedback: BugFeedbackItemFragment; onChanged(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormStep | null>(null);
  const [running, setRunning] = useState<TesterAction | null>(null);
  const change = useChange(onChanged, t('feedback.conflict'));
  const oneClick = useOneClickChange(onChanged, t('feedback.conflict'));
  const [act, { loading }] = useMutation(ACT_ON_BUG_FEEDBACK);
  const version = { feedbackId: feedback.id, expectedVersion: feedback.version };
  const take = (action: TesterAction, fields: { notes?: string; fixVersionId?: string } = {}) => () => act({ variables: { input: { ...version, action, ...fields } } });
  const done = (action: TesterAction) => t('feedback.done', { action: t(`testerAction.${action}`) });

  const start = async (action: TesterAction) => {
    if (needsForm(action)) {
      setForm(action);
      return;
    }
    setRunning(action);
    await oneClick(take(action), done(action));
    setRunning(null);
  };

  return (
    <Space size="small" wrap data-testid={`feedback-actions-${feedback.id}`}>
      {testerActionsFor(feedback.status).map((action) => (
        <Button
          key={action}
          size="small"
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          loading={running === action}
          disabled={running !== null && running !== action}
          onClick={() => void start(action)}
          data-testid={`feedback-${action}-${feedback.id}`}
        >
          {t(`testerAction.${action}`)}
        </Button>
      ))}
      {form === 'LINK_FIX' && <LinkFixDialog feedback={feedback} loading={loading} onSubmit={(fields) => change(take('LINK_FIX', fields), done('LINK_FIX'))} onClose={() => setForm(null)} />}
      {(form === 'MARK_NOT_REPRODUCIBLE' || form === 'REJECT_FIX') && (
        <PromptDialog
          name="feedback-notes"
          title={t(`testerAction.${form}`)}
          intro={feedback.title}
          label={t('feedback.notes')}
          placeholder={t(`feedback.notesPlaceholder.${form}`)}
          field="notes"
          submitLabel={t(`testerAction.${form}`)}
          danger={form === 'REJECT_FIX'}
          loading={loading}
          onSubmit={(notes) => change(take(form, { notes }), done(form))}
          onClose={() => setForm(null)}
        />
      )}
    </Space>
  );
}
