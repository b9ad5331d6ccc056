import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIME_OF_DAY } from './sla-admin-meta';

/** The working periods of a day (e.g. 09:00–12:00 and 13:30–18:00): at least one, each HH:MM to HH:MM. */
export function PeriodsField() {
  const { t } = useTranslation();
  const time = [
    { required: true, message: t('validation.REQUIRED') },
    { pattern: TIME_OF_DAY, message: t('validation.INVALID_TIME') },
  ];
  return (
    <Form.Item label={t('slaAdmin.periods')} extra={t('slaAdmin.periodsHint')} required>
      <Form.List name="periods">
        {(fields, { add, remove }, { errors }) => (
          <div className="sla-periods" data-testid="calendar-periods">
            {fields.map((field, index) => (
              <Space key={field.key} align="start" className="sla-periods__row">
                <Form.Item name={[field.name, 'start']} rules={time}>
                  <Input placeholder="09:00" maxLength={5} className="sla-periods__time" aria-label={t('slaAdmin.periodStart', { number: index + 1 })} data-testid={`calendar-period-${index}-start`} />
                </Form.Item>
                <span className="sla-periods__dash">–</span>
                <Form.Item name={[field.name, 'end']} rules={time}>
                  <Input placeholder="18:00" maxLength={5} className="sla-periods__time" aria-label={t('slaAdmin.periodEnd', { number: index + 1 })} data-testid={`calendar-period-${index}-end`} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('slaAdmin.removePeriod')} onClick={() => remove(field.name)} disabled={fields.length === 1} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ start: '', end: '' })} data-testid="calendar-period-add">
              {t('slaAdmin.addPeriod')}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
