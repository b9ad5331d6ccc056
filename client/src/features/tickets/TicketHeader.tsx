import { Card, Descriptions, type DescriptionsProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../app/format';
import type { TicketDetailFragment } from '../../gql/graphql';
import { PresenceBar } from '../presence/PresenceBar';
import { SlaClocks } from './SlaClocks';
import { SUPPORT_TIER_COLOR } from './ticket-meta';
import { TicketActions } from './TicketActions';
import { TicketTitle } from './TicketTitle';

interface Props {
  ticket: TicketDetailFragment;
  onChanged(): void;
}

/** The staff's head of a ticket: where it stands and what to do next, who asked and who holds it, and all its SLA clocks, live. */
export function TicketHeader({ ticket, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const none = t('app.none');
  const contact = ticket.contact ? [ticket.contact.name, ticket.contact.phone, ticket.contact.email].filter(Boolean).join(' · ') : none;
  const items: DescriptionsProps['items'] = [
    { key: 'customer', label: t('tickets.customer'), children: ticket.customer.name },
    { key: 'contact', label: t('tickets.contact'), children: contact },
    { key: 'project', label: t('tickets.project'), children: ticket.project ? <Link to={`/projects/${ticket.project.id}`}>{ticket.project.name}</Link> : none },
    {
      key: 'assignee',
      label: t('tickets.assignee'),
      children: <span data-testid="ticket-assignee">{ticket.assignee?.name ?? t('tickets.unassigned')}</span>,
    },
    { key: 'channel', label: t('tickets.intake.channel'), children: t(`ticketChannel.${ticket.channel}`) },
    { key: 'created', label: t('tickets.filed'), children: t('tickets.filedBy', { name: ticket.createdBy.name, at: formatDateTime(ticket.createdAt) }) },
  ];
  return (
    <Card className="ticket-page__header">
      <TicketTitle
        ticket={ticket}
        tags={<Tag color={SUPPORT_TIER_COLOR[ticket.tier]} data-testid="ticket-tier">{t(`supportTier.${ticket.tier}`)}</Tag>}
        actions={<TicketActions ticket={ticket} onChanged={onChanged} />}
      />
      <Typography.Paragraph type="secondary" className="ticket-page__hint">
        {t(`tickets.statusHint.${ticket.status}`)}
      </Typography.Paragraph>
      <PresenceBar recordType="TICKET" recordId={ticket.id} className="ticket-page__presence" />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      <div className="ticket-page__clocks">
        <Typography.Text type="secondary">{t('tickets.sla')}</Typography.Text>
        <SlaClocks clocks={ticket.slaClocks} ticketId={ticket.id} large />
      </div>
    </Card>
  );
}
