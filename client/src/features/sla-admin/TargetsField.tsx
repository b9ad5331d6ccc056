import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { TicketPriorityTag } from '../tickets/TicketPriorityTag';
import type { TicketPriority } from '../../gql/graphql';
import type { PolicyFormValues } from './policy-form';

/** One row per priority: the response and resolution targets in business minutes. */
export function TargetsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PolicyFormValues>();
  const minutes = [{ required: true, message: t('validation.REQUIRED') }];
  return (
    <Form.Item label={t('slaAdmin.targets')} extra={t('slaAdmin.targetsHint')} required>
      <div className="sla-targets" data-testid="policy-targets">
        <span className="sla-targets__head">{t('slaAdmin.priority')}</span>
        <span className="sla-targets__head">{t('slaAdmin.responseMinutes')}</span>
        <span className="sla-targets__head">{t('slaAdmin.resolutionMinutes')}</span>
        <Form.List name="targets">
          {(fields) =>
            fields.map((field, index) => {
              const priority: TicketPriority = form.getFieldValue(['targets', field.name, 'priority']);
              return (
                <div key={field.key} className="sla-targets__row">
                  <div className="sla-targets__priority">
                    <TicketPriorityTag priority={priority} />
                    <Form.Item name={[field.name, 'priority']} hidden>
                      <Input />
                    </Form.Item>
                  </div>
                  <Form.Item name={[field.name, 'responseMinutes']} rules={minutes}>
                    <InputNumber min={1} precision={0} suffix={t('slaAdmin.minutesUnit')} style={{ width: '100%' }} data-testid={`policy-target-${index}-response`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'resolutionMinutes']} rules={minutes}>
                    <InputNumber min={1} precision={0} suffix={t('slaAdmin.minutesUnit')} style={{ width: '100%' }} data-testid={`policy-target-${index}-resolution`} />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
      </div>
    </Form.Item>
  );
}
