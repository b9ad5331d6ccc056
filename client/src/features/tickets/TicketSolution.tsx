import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketDetailFragment } from '../../gql/graphql';
import { TicketText } from './TicketText';

/**
 * The solution given to the customer and, for staff once closed, the write-up: the cause, the
 * solution for the record (which may differ from the customer's), the steps and the lessons.
 * Nothing before a solution.
 */
export function TicketSolution({ ticket }: { ticket: Pick<TicketDetailFragment, 'solution' | 'writeUp'> }) {
  const { t } = useTranslation();
  if (!ticket.solution && !ticket.writeUp) return null;
  return (
    <Card size="small" title={t('tickets.outcome')} className="ticket-page__card" data-testid="ticket-solution">
      <TicketText label={ticket.writeUp ? t('tickets.solutionToCustomer') : t('tickets.solution')} text={ticket.solution} testId="ticket-solution-text" />
      {ticket.writeUp && (
        <>
          <TicketText label={t('tickets.close.cause')} text={ticket.writeUp.cause} testId="ticket-cause" />
          <TicketText label={t('tickets.close.recordSolution')} text={ticket.writeUp.solution} testId="ticket-record-solution" />
          <TicketText label={t('tickets.close.steps')} text={ticket.writeUp.steps} testId="ticket-fix-steps" />
          <TicketText label={t('tickets.close.lessons')} text={ticket.writeUp.lessons} testId="ticket-lessons" />
        </>
      )}
    </Card>
  );
}
