import { Breadcrumb, Card, Col, Descriptions, type DescriptionsProps, Row, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import { TicketConversation } from '../tickets/TicketConversation';
import { TicketProblem } from '../tickets/TicketProblem';
import { TicketSolution } from '../tickets/TicketSolution';
import { SurveyResult } from '../tickets/SurveyResult';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { TicketStepButtons } from '../tickets/TicketStepButtons';
import { TicketTitle } from '../tickets/TicketTitle';
import { useLiveTicket } from '../tickets/useLiveTicket';
import { PresenceBar } from '../presence/PresenceBar';
import { PortalTicketNotFound } from './PortalTicketNotFound';
import { SurveyForm } from './SurveyForm';
import '../tickets/tickets.css';
import './portal.css';

/**
 * A ticket as the customer follows it: its status (live), the conversation with the engineers
 * (never their internal notes), what was reported, the solution, confirming it or reopening it,
 * and the satisfaction survey once it is closed.
 */
export function PortalTicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const formatDateTime = useFormatDateTime();
  const { data, error, reload } = useLiveTicket(id);
  const ticket = data?.ticket;

  if (!ticket) {
    if (data === undefined && !error) return <Spin size="large" description={t('app.loading')} className="portal-page__loading" />;
    return <PortalTicketNotFound error={error} onRetry={reload} />;
  }

  const surveyOpen = ticket.status === 'CLOSED' && ticket.survey !== null && !ticket.survey.answered;
  const items: DescriptionsProps['items'] = [
    { key: 'engineer', label: t('portal.engineer'), children: ticket.assignee?.name ?? t('portal.notYetAssigned') },
    { key: 'contact', label: t('tickets.contact'), children: ticket.contact?.name ?? t('app.none') },
    { key: 'filed', label: t('tickets.filed'), children: t('tickets.filedBy', { name: ticket.createdBy.name, at: formatDateTime(ticket.createdAt) }) },
  ];

  return (
    <div className="ticket-page" data-testid={`ticket-${ticket.id}`} data-status={ticket.status} data-version={ticket.version}>
      <Breadcrumb className="ticket-page__breadcrumb" items={[{ title: <Link to="/portal">{t('nav.portal')}</Link> }, { title: ticket.number }]} />
      <Card className="ticket-page__header">
        <TicketTitle
          ticket={ticket}
          actions={
            <Space wrap data-testid="ticket-actions">
              <TicketStepButtons ticket={ticket} onChanged={reload} />
            </Space>
          }
        />
        <Typography.Paragraph type="secondary" className="ticket-page__hint" data-testid="portal-status-hint">
          {t(`portal.statusHint.${ticket.status}`)}
        </Typography.Paragraph>
        <PresenceBar recordType="TICKET" recordId={ticket.id} className="ticket-page__presence" />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <TicketConversation ticket={ticket} onSent={reload} />
        </Col>
        <Col xs={24} lg={10}>
          {surveyOpen ? <SurveyForm ticketId={ticket.id} onAnswered={reload} /> : <SurveyResult survey={ticket.survey} />}
          <TicketSolution ticket={ticket} />
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
