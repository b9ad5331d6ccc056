import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../app/forms/FormDialog';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import type { UpgradeKind } from '../../gql/graphql';
import { REQUEST_INFO, REQUEST_UPGRADE } from './tasks.operations';

interface FormValues {
  kind?: UpgradeKind;
  description: string;
  dueOn?: Dayjs;
}

const UPGRADE_KINDS = ['TECHNICAL', 'COMMERCIAL'] as const satisfies readonly UpgradeKind[];
const placeOf = sameNames(['kind', 'description', 'dueOn']);

interface Props {
  projectId: string;
  /** INFO: environment information the pre-sales could not get, for the sales by a due day; UPGRADE: an after-sales upgrade. */
  ask: 'INFO' | 'UPGRADE';
  onClose(): void;
  onRequested(): void;
}

/** Gives someone on the project a task (SPEC §6): an information request to the sales, or an after-sales upgrade. */
export function RequestTaskModal({ projectId, ask, onClose, onRequested }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRequested);
  const [requestInfo, asking] = useMutation(REQUEST_INFO, { refetchQueries: ['MyTasks'] });
  const [requestUpgrade, upgrading] = useMutation(REQUEST_UPGRADE, { refetchQueries: ['MyTasks'] });
  const info = ask === 'INFO';

  const submit = (values: FormValues) => {
    const description = values.description.trim();
    const dueOn = values.dueOn?.format('YYYY-MM-DD');
    void settle(
      change(
      () =>
        info
          ? requestInfo({ variables: { input: { projectId, description, dueOn: dueOn ?? '' } } })
          : requestUpgrade({ variables: { input: { projectId, description, dueOn, kind: values.kind ?? 'TECHNICAL' } } }),
        t(info ? 'tasks.infoRequested' : 'tasks.upgradeRequested'),
      ),
    );
  };

  return (
    <FormDialog
      form={form}
      name="request-task"
      title={t(info ? 'tasks.requestInfo' : 'tasks.requestUpgrade')}
      intro={t(info ? 'tasks.infoIntro' : 'tasks.upgradeIntro')}
      submitLabel={t('tasks.requestSubmit')}
      loading={asking.loading || upgrading.loading}
      formError={formError}
      initialValues={{ kind: 'TECHNICAL', dueOn: info ? dayjs().add(3, 'day') : undefined }}
      onFinish={submit}
      onClose={onClose}
    >
      {!info && (
        <Form.Item name="kind" label={t('tasks.upgradeKind')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Radio.Group options={UPGRADE_KINDS.map((value) => ({ value, label: t(`upgradeKind.${value}`) }))} />
        </Form.Item>
      )}
      <Form.Item name="description" label={t('tasks.description')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t(info ? 'tasks.infoPlaceholder' : 'tasks.upgradePlaceholder')} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('tasks.dueOn')} rules={info ? [{ required: true, message: t('validation.REQUIRED') }] : []}>
        <DatePicker disabledDate={(date) => date.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
