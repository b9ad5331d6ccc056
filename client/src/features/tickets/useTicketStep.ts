import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TicketAction, TicketStepInput } from '../../gql/graphql';
import { TICKET_STEP } from './tickets.operations';

/** What a step sends besides the ticket, its version and the action: a note, a solution, the closing write-up. */
export type StepDetails = Omit<TicketStepInput, 'ticketId' | 'expectedVersion' | 'action'>;

/** Takes lifecycle steps on one ticket at the version the viewer saw (compare-and-set on the server). */
export function useTicketStep(ticket: { id: string; version: number }) {
  const { t } = useTranslation();
  const [step, { loading }] = useMutation(TICKET_STEP);
  return {
    loading,
    /** The step to run inside useChange, so that CONFLICT is said and the page reloads. */
    take: (action: TicketAction, details: StepDetails = {}) => () => step({ variables: { input: { ticketId: ticket.id, expectedVersion: ticket.version, action, ...details } } }),
    done: (action: TicketAction) => t('tickets.stepDone', { action: t(`ticketAction.${action}`) }),
  };
}
