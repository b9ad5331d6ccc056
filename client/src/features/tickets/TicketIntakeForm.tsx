import { useMutation } from '@apollo/client/react';
import { Alert, Button, Col, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useChange } from '../../app/forms/change';
import { useDialogForm } from '../../app/forms/dialog-form';
import { KnowledgeSuggestions } from './KnowledgeSuggestions';
import { PriorityField } from './PriorityField';
import { ProblemFields } from './ProblemFields';
import { placeIntakeProblem, type TicketIntakeValues, toCreateTicketInput } from './ticket-intake';
import { CREATE_TICKET } from './tickets.operations';
import { TitleAndDescriptionFields } from './TitleAndDescriptionFields';

interface Props {
  /** A customer in the portal: no channel, customer or project; filed for their own organisation. */
  portal: boolean;
  /** Who is asking, above the problem: the staff's channel, customer, contact and project; the portal's contact. */
  whoFields: ReactNode;
  /** Where the new ticket opens. */
  ticketPath(id: string): string;
  suggestionsTitle: string;
  suggestionsHint: string;
  /** Chosen beforehand (the staff's form opened from a project: its customer and the project). */
  preset?: Pick<TicketIntakeValues, 'customerId' | 'projectId'>;
}

/**
 * The intake form (受理): who asks, the title and description (published knowledge articles that
 * match it are suggested beside the form while typing), the priority with the seed's definitions,
 * and the details of the problem. The server's field problems are shown on the fields; the new
 * ticket's page opens once it is filed.
 */
export function TicketIntakeForm({ portal, whoFields, ticketPath, suggestionsTitle, suggestionsHint, preset }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { form, formError, settle } = useDialogForm<TicketIntakeValues>(placeIntakeProblem, () => undefined);
  const change = useChange(() => undefined);
  const [createTicket, { loading }] = useMutation(CREATE_TICKET);
  const description = Form.useWatch('description', form);

  const file = async (values: TicketIntakeValues) => {
    const { data } = await createTicket({ variables: { input: toCreateTicketInput(values, portal) } });
    if (data) void navigate(ticketPath(data.createTicket.id));
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={15}>
        {formError && <Alert type="error" showIcon title={formError} className="ticket-form__error" />}
        <Form<TicketIntakeValues>
          form={form}
          name="ticket-intake"
          layout="vertical"
          requiredMark="optional"
          scrollToFirstError
          initialValues={{ channel: 'PHONE', category: 'FAULT', priority: 'MEDIUM', ...preset }}
          onFinish={(values) => void settle(change(() => file(values), t('tickets.intake.filed')))}
          data-testid="ticket-intake-form"
        >
          {whoFields}
          <TitleAndDescriptionFields />
          <PriorityField />
          <ProblemFields />
          <Button type="primary" htmlType="submit" loading={loading} data-testid="ticket-intake-submit">
            {t('tickets.intake.submit')}
          </Button>
        </Form>
      </Col>
      <Col xs={24} lg={9}>
        <div className="ticket-form__suggestions">
          <KnowledgeSuggestions text={description} title={suggestionsTitle} hint={suggestionsHint} />
        </div>
      </Col>
    </Row>
  );
}
