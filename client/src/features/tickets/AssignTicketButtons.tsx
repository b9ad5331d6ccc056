import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChange, useOneClickChange } from '../../app/forms/change';
import { ValueDialog } from '../../app/forms/ValueDialog';
import type { TicketDetailFragment } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { EngineerField } from './EngineerField';
import { ASSIGN_TICKET } from './tickets.operations';

interface Props {
  ticket: Pick<TicketDetailFragment, 'id' | 'version' | 'assignee' | 'viewerCan'>;
  onChanged(): void;
}

/** Who holds the ticket: an engineer takes an unassigned one with a click; the manager picks an engineer. */
export function AssignTicketButtons({ ticket, onChanged }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [picking, setPicking] = useState(false);
  const change = useChange(onChanged, t('tickets.conflict'));
  const oneClick = useOneClickChange(onChanged, t('tickets.takeConflict'));
  const [assign, { loading }] = useMutation(ASSIGN_TICKET);
  if (!ticket.viewerCan.assign) return null;

  const assignTo = (assigneeId: string) => () => assign({ variables: { input: { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId } } });
  const manages = me.roles.includes('PRESALES_MANAGER');

  return (
    <>
      {ticket.assignee?.id !== me.id && (
        <Button loading={loading && !picking} onClick={() => void oneClick(assignTo(me.id), t('tickets.taken'))} data-testid="ticket-take">
          {t('tickets.take')}
        </Button>
      )}
      {manages && (
        <Button onClick={() => setPicking(true)} data-testid="ticket-assign">
          {t('tickets.assign')}
        </Button>
      )}
      {picking && (
        <ValueDialog<string>
          name="assign-ticket"
          title={t('tickets.assign')}
          intro={t('tickets.assignHint')}
          field="assigneeId"
          valueName="assigneeId"
          submitLabel={t('tickets.assign')}
          loading={loading}
          onSubmit={(assigneeId) => change(assignTo(assigneeId), t('tickets.assigned'))}
          onClose={() => setPicking(false)}
        >
          <EngineerField name="assigneeId" label={t('tickets.assignee')} testId="assign-ticket-person" />
        </ValueDialog>
      )}
    </>
  );
}
