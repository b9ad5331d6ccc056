import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** A ticket's title and what happened, both required. */
export function TitleAndDescriptionFields() {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  return (
    <>
      <Form.Item name="title" label={t('tickets.intake.title')} rules={required}>
        <Input maxLength={200} placeholder={t('tickets.intake.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('tickets.intake.description')} rules={required}>
        <Input.TextArea rows={5} maxLength={8000} showCount placeholder={t('tickets.intake.descriptionPlaceholder')} />
      </Form.Item>
    </>
  );
}
