import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { PromptDialog } from '../../app/forms/PromptDialog';
import type { TicketAction, TicketDetailFragment } from '../../gql/graphql';
import { useEditingPresence } from '../presence/useEditingPresence';
import { CloseTicketDialog } from './CloseTicketDialog';
import { asksForNote, needsConfirmation, type NoteAction, TICKET_ACTION_LOOK } from './ticket-meta';
import { useTicketStep } from './useTicketStep';

type Ticket = Pick<TicketDetailFragment, 'id' | 'version' | 'solution' | 'viewerCan'>;

interface Props {
  ticket: Ticket;
  /** Reloads the ticket: after a step, or when what is on screen turned out stale. */
  onChanged(): void;
}

/** A step that asks for a text: the WAIT_* and REOPEN notes (told to the customer), or RESOLVE's solution. */
type Writing = { kind: 'note'; action: NoteAction } | { kind: 'solution' } | { kind: 'close' };

/** What the others on the ticket see the viewer edit while a text is being written. */
const EDITING_FORM = { note: 'note', solution: 'resolve', close: 'close' } as const;

/**
 * The lifecycle steps the server offers the viewer (`viewerCan.actions`): one click; the
 * customer's confirmation once confirmed; a note, the solution or the closing write-up first.
 */
export function TicketStepButtons({ ticket, onChanged }: Props) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState<Writing | null>(null);
  const [running, setRunning] = useState<TicketAction | null>(null);
  useEditingPresence('TICKET', ticket.id, writing ? EDITING_FORM[writing.kind] : null);
  const change = useChange(onChanged, t('tickets.conflict'));
  const oneClick = useOneClickChange(onChanged, t('tickets.conflict'));
  const { take, done, loading } = useTicketStep(ticket);

  const run = async (action: TicketAction) => {
    setRunning(action);
    await oneClick(take(action), done(action));
    setRunning(null);
  };

  const open = (action: TicketAction): (() => void) => {
    if (asksForNote(action)) return () => setWriting({ kind: 'note', action });
    if (action === 'RESOLVE') return () => setWriting({ kind: 'solution' });
    if (action === 'CLOSE') return () => setWriting({ kind: 'close' });
    return () => void run(action);
  };

  const button = (action: TicketAction, onClick?: () => void) => (
    <Button
      key={action}
      {...TICKET_ACTION_LOOK[action]}
      loading={running === action}
      disabled={running !== null && running !== action}
      onClick={onClick}
      data-testid={`ticket-action-${action}`}
    >
      {t(`ticketAction.${action}`)}
    </Button>
  );

  return (
    <>
      {ticket.viewerCan.actions.map((action) =>
        needsConfirmation(action) ? (
          <Popconfirm
            key={action}
            title={t(`ticketAction.${action}`)}
            description={t(`tickets.confirmStep.${action}`)}
            okText={t(`ticketAction.${action}`)}
            cancelText={t('app.cancel')}
            onConfirm={() => run(action)}
          >
            {button(action)}
          </Popconfirm>
        ) : (
          button(action, open(action))
        ),
      )}
      {writing?.kind === 'note' && (
        <PromptDialog
          name={`ticket-${writing.action.toLowerCase().replaceAll('_', '-')}`}
          title={t(`ticketAction.${writing.action}`)}
          intro={t(`tickets.noteHint.${writing.action}`)}
          label={t(`tickets.noteLabel.${writing.action}`)}
          field="note"
          submitLabel={t(`ticketAction.${writing.action}`)}
          danger={TICKET_ACTION_LOOK[writing.action]?.danger}
          loading={loading}
          onSubmit={(note) => change(take(writing.action, { note }), done(writing.action))}
          onClose={() => setWriting(null)}
        />
      )}
      {writing?.kind === 'solution' && (
        <PromptDialog
          name="ticket-resolve"
          title={t('ticketAction.RESOLVE')}
          intro={t('tickets.resolveHint')}
          label={t('tickets.solution')}
          field="solution"
          submitLabel={t('ticketAction.RESOLVE')}
          loading={loading}
          onSubmit={(solution) => change(take('RESOLVE', { solution }), done('RESOLVE'))}
          onClose={() => setWriting(null)}
        />
      )}
      {writing?.kind === 'close' && (
        <CloseTicketDialog
          solution={ticket.solution}
          loading={loading}
          onSubmit={(values) =>
            change(
              take('CLOSE', {
                cause: values.cause.trim(),
                solution: values.solution.trim(),
                steps: values.steps?.trim() || undefined,
                lessons: values.lessons?.trim() || undefined,
                publishArticle: values.publishArticle,
              }),
              done('CLOSE'),
            )
          }
          onClose={() => setWriting(null)}
        />
      )}
    </>
  );
}
