import { Breadcrumb, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordPending } from '../../app/RecordPending';
import { TicketConversation } from './TicketConversation';
import { TicketHeader } from './TicketHeader';
import { TicketProblem } from './TicketProblem';
import { TicketSolution } from './TicketSolution';
import { SurveyResult } from './SurveyResult';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { useLiveTicket } from './useLiveTicket';
import './tickets.css';

/**
 * A ticket for the engineers (工单): where it stands with its SLA clocks, the steps the server
 * offers the viewer, who holds it and escalation, the conversation with internal notes, the
 * problem as reported, the solution, and the customer's rating once given. Live: every change to it reloads it.
 */
export function TicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, reload } = useLiveTicket(id);
  const ticket = data?.ticket;

  if (!ticket) {
    return (
      <RecordPending
        error={error}
        notFound={data !== undefined && !error}
        notFoundTitle={t('tickets.notFoundTitle')}
        notFoundText={t('tickets.notFoundText')}
        loadFailed={t('tickets.loadFailed')}
        onRetry={reload}
        notFoundTestId="ticket-not-found"
      />
    );
  }

  return (
    <div className="ticket-page" data-testid={`ticket-${ticket.id}`} data-status={ticket.status} data-version={ticket.version}>
      <Breadcrumb className="ticket-page__breadcrumb" items={[{ title: <Link to="/tickets">{t('nav.tickets')}</Link> }, { title: ticket.number }]} />
      <TicketHeader ticket={ticket} onChanged={reload} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <TicketConversation ticket={ticket} onSent={reload} />
        </Col>
        <Col xs={24} lg={10}>
          <TicketSolution ticket={ticket} />
          <SurveyResult survey={ticket.survey} />
          <TicketProblem ticket={ticket} />
          <AttachmentsCard
            owner="tickets"
            ownerId={ticket.id}
            attachments={ticket.attachments}
            mayUpload={ticket.status !== 'CLOSED'}
            onUploaded={reload}
            testId="ticket-attachments"
            className="ticket-page__card"
          />
        </Col>
      </Row>
    </div>
  );
}
