import { DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OccurrenceFrequency } from '../../gql/graphql';
import { TICKET_CATEGORIES } from './ticket-meta';

const FREQUENCIES: readonly OccurrenceFrequency[] = ['ONCE', 'INTERMITTENT', 'ALWAYS'];

/**
 * What the problem is (the seed's intake list): category, product, version and module, when
 * and how often it happens, the steps that lead to it and the error shown. The title and the
 * description come before, where the form puts them.
 */
export function ProblemFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="category" label={t('tickets.intake.category')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Select options={TICKET_CATEGORIES.map((category) => ({ value: category, label: t(`ticketCategory.${category}`) }))} data-testid="ticket-category" />
      </Form.Item>
      <div className="ticket-form__row">
        <Form.Item name="product" label={t('tickets.intake.product')}>
          <Input maxLength={200} placeholder={t('tickets.intake.productPlaceholder')} />
        </Form.Item>
        <Form.Item name="productVersion" label={t('tickets.intake.productVersion')}>
          <Input maxLength={100} placeholder={t('tickets.intake.productVersionPlaceholder')} />
        </Form.Item>
        <Form.Item name="module" label={t('tickets.intake.module')}>
          <Input maxLength={200} placeholder={t('tickets.intake.modulePlaceholder')} />
        </Form.Item>
      </div>
      <div className="ticket-form__row">
        <Form.Item name="occurredAt" label={t('tickets.intake.occurredAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="ticket-form__date" />
        </Form.Item>
        <Form.Item name="frequency" label={t('tickets.intake.frequency')}>
          <Select allowClear options={FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`occurrenceFrequency.${frequency}`) }))} />
        </Form.Item>
      </div>
      <Form.Item name="steps" label={t('tickets.intake.steps')}>
        <Input.TextArea rows={3} maxLength={8000} placeholder={t('tickets.intake.stepsPlaceholder')} />
      </Form.Item>
      <Form.Item name="errorText" label={t('tickets.intake.errorText')}>
        <Input.TextArea rows={3} maxLength={8000} className="ticket-form__code" placeholder={t('tickets.intake.errorTextPlaceholder')} />
      </Form.Item>
    </>
  );
}
