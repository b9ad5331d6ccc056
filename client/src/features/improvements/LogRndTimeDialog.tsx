import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { LOG_RND_TIME } from './improvements.operations';

interface FormValues {
  minutes: number;
  workedOn: Dayjs;
  note?: string;
}

const placeOf = sameNames(['minutes', 'workedOn', 'note']);
/** One entry is at most a day's work (the server's limit). */
const MAX_MINUTES = 24 * 60;

interface Props {
  request: { id: string; title: string };
  onClose(): void;
  onLogged(): void;
}

/** The R&D lead logs net R&D time on a request; a project past the threshold has its sales bonus computed after R&D cost (第二十二条). */
export function LogRndTimeDialog({ request, onClose, onLogged }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onLogged);
  const [logTime, { loading }] = useMutation(LOG_RND_TIME);

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => logTime({ variables: { input: { requestId: request.id, minutes: values.minutes, workedOn: values.workedOn.format('YYYY-MM-DD'), note: values.note?.trim() || null } } }),
        t('improvements.timeLogged', { minutes: values.minutes }),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="log-rnd-time"
      title={t('improvements.logTitle', { title: request.title })}
      intro={t('improvements.logHint')}
      submitLabel={t('improvements.logTime')}
      loading={loading}
      formError={formError}
      initialValues={{ workedOn: dayjs() }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="workedOn" label={t('improvements.workedOn')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="minutes" label={t('improvements.minutes')} extra={t('improvements.minutesHint')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <InputNumber min={1} max={MAX_MINUTES} step={30} precision={0} suffix={t('improvements.minutesUnit')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('improvements.note')}>
        <Input maxLength={500} placeholder={t('improvements.notePlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
