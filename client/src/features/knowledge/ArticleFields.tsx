import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The limits the server keeps (knowledge.service MAX_TITLE_LENGTH, MAX_TEXT_LENGTH). */
const MAX_TITLE = 200;
const MAX_TEXT = 20_000;

/** The fields of an article: title, product, cause, solution, steps and the internal lessons learned. */
export function ArticleFields() {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  const longText = (placeholder: string, rows = 5) => <Input.TextArea rows={rows} maxLength={MAX_TEXT} placeholder={placeholder} />;
  return (
    <>
      <Form.Item name="title" label={t('knowledge.title')} rules={required}>
        <Input maxLength={MAX_TITLE} placeholder={t('knowledge.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="product" label={t('knowledge.product')}>
        <Input maxLength={MAX_TITLE} placeholder={t('knowledge.productPlaceholder')} />
      </Form.Item>
      <Form.Item name="cause" label={t('knowledge.cause')} rules={required}>
        {longText(t('knowledge.causePlaceholder'))}
      </Form.Item>
      <Form.Item name="solution" label={t('knowledge.solution')} rules={required}>
        {longText(t('knowledge.solutionPlaceholder'))}
      </Form.Item>
      <Form.Item name="steps" label={t('knowledge.steps')}>
        {longText(t('knowledge.stepsPlaceholder'))}
      </Form.Item>
      <Form.Item name="lessons" label={t('knowledge.lessons')} extra={t('knowledge.lessonsHint')}>
        {longText(t('knowledge.lessonsPlaceholder'), 3)}
      </Form.Item>
    </>
  );
}
