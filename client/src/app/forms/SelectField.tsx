import { Form, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  label: string;
  extra?: string;
  placeholder: string;
  options: SelectProps['options'];
  loading: boolean;
  /** Not required, and may be cleared. */
  optional?: boolean;
  testId?: string;
}

/** A form field choosing one person, customer or project, searchable by name. */
export function SelectField({ name, label, extra, placeholder, options, loading, optional = false, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={extra} rules={optional ? [] : [{ required: true, message: t('validation.REQUIRED') }]}>
      <Select showSearch={{ optionFilterProp: 'label' }} allowClear={optional} loading={loading} placeholder={placeholder} options={options} data-testid={testId} />
    </Form.Item>
  );
}
