import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface ScheduleTaskValues {
  title?: string;
  dates?: [Dayjs | null, Dayjs | null];
}

/** The dated tasks of an implementation schedule (项目实施与进度计划表): a title and a date range each. */
export function ScheduleTasksField() {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];
  return (
    <Form.List name="tasks">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('documentField.tasks')} extra={t('documents.tasksHint')} className="schedule-tasks">
          {fields.map((field, index) => (
            <div key={field.key} className="schedule-tasks__row" data-testid={`schedule-task-${index}`}>
              <Form.Item name={[field.name, 'title']} rules={required} className="schedule-tasks__title">
                <Input maxLength={200} placeholder={t('documents.taskPlaceholder', { number: index + 1 })} />
              </Form.Item>
              <Form.Item name={[field.name, 'dates']} rules={[{ required: true, message: t('validation.REQUIRED') }]} className="schedule-tasks__dates">
                <DatePicker.RangePicker placeholder={[t('documents.taskStart'), t('documents.taskEnd')]} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('documents.removeTask')} />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block data-testid="schedule-task-add">
            {t('documents.addTask')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
