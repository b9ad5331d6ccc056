import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { TicketDetailFragment } from '../../gql/graphql';
import { TicketText } from './TicketText';

/** What the customer reported: the product, version and module, when and how often, the description, the steps and the error. */
export function TicketProblem({ ticket }: { ticket: TicketDetailFragment }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const none = t('app.none');
  const items: DescriptionsProps['items'] = [
    { key: 'product', label: t('tickets.intake.product'), children: ticket.product ?? none },
    { key: 'productVersion', label: t('tickets.intake.productVersion'), children: ticket.productVersion ?? none },
    { key: 'module', label: t('tickets.intake.module'), children: ticket.module ?? none },
    { key: 'occurredAt', label: t('tickets.intake.occurredAt'), children: ticket.occurredAt ? formatDateTime(ticket.occurredAt) : none },
    { key: 'frequency', label: t('tickets.intake.frequency'), children: ticket.frequency ? t(`occurrenceFrequency.${ticket.frequency}`) : none },
    { key: 'category', label: t('tickets.intake.category'), children: t(`ticketCategory.${ticket.category}`) },
  ];
  return (
    <Card size="small" title={t('tickets.problem')} className="ticket-page__card" data-testid="ticket-problem">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} />
      <TicketText label={t('tickets.intake.description')} text={ticket.description} testId="ticket-description" />
      <TicketText label={t('tickets.intake.steps')} text={ticket.steps} testId="ticket-steps" />
      <TicketText label={t('tickets.intake.errorText')} text={ticket.errorText} testId="ticket-error-text" code />
    </Card>
  );
}
