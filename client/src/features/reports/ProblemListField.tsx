import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemList } from './report-errors';

/** Longest statement the server accepts. */
const MAX_LENGTH = 2000;
/** Most statements the server accepts in one list. */
const MAX_ITEMS = 50;

interface ProblemListFieldProps {
  name: ProblemList;
  label: string;
  hint: string;
  placeholder(number: number): string;
  addLabel: string;
  /** Each input gets the test id `${testIdPrefix}-${index}`. */
  testIdPrefix: string;
}

/** A list of problem statements, one input each, at least one filled in. */
export function ProblemListField({ name, label, hint, placeholder, addLabel, testIdPrefix }: ProblemListFieldProps) {
  const { t } = useTranslation();
  const atLeastOne = {
    validator: async (_rule: unknown, items: (string | undefined)[] | undefined) => {
      if (!items?.some((item) => item?.trim())) throw new Error(t('reportForm.atLeastOne'));
    },
  };
  return (
    <Form.List name={name} rules={[atLeastOne]}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} extra={hint} required className="problem-list">
          {fields.map((field, index) => (
            <div key={field.key} className="problem-list__row">
              <span className="problem-list__number">{index + 1}.</span>
              <Form.Item
                name={field.name}
                className="problem-list__item"
                validateTrigger={['onChange', 'onBlur']}
                rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={MAX_LENGTH} placeholder={placeholder(index + 1)} data-testid={`${testIdPrefix}-${index}`} />
              </Form.Item>
              {fields.length > 1 && (
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('reportForm.removeProblem')} className="problem-list__remove" />
              )}
            </div>
          ))}
          {fields.length < MAX_ITEMS && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
              {addLabel}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
