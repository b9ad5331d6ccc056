import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../app/forms/FormDialog';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import type { DocumentKind, SupportType } from '../../gql/graphql';
import { DOCUMENT_KINDS, isRequested } from '../documents/document-rules';
import { WAIVE_STEP } from './waivers.operations';

interface FormValues {
  step: DocumentKind;
  reason: string;
}

const placeOf = sameNames(['step', 'reason']);

interface Props {
  project: { id: string; name: string; supportTypes: readonly SupportType[] };
  /** Steps already waived: offered, but marked, since a step is waived once. */
  waived: readonly DocumentKind[];
  onClose(): void;
  onWaived(): void;
}

/** A manager waives one of the project's document steps, saying why; the waiver is on record with their name (第五十二条). */
export function WaiveStepModal({ project, waived, onClose, onWaived }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onWaived);
  const [waiveStep, { loading }] = useMutation(WAIVE_STEP);
  const steps = DOCUMENT_KINDS.filter((kind) => isRequested(kind, project.supportTypes)).map((kind) => ({
    value: kind,
    label: waived.includes(kind) ? t('waivers.alreadyWaived', { step: t(`documentKind.${kind}`) }) : t(`documentKind.${kind}`),
  }));

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => waiveStep({ variables: { input: { projectId: project.id, step: values.step, reason: values.reason.trim() } } }),
        t('waivers.waived', { step: t(`documentKind.${values.step}`) }),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="waive-step"
      title={t('waivers.title')}
      intro={t('waivers.intro', { project: project.name })}
      submitLabel={t('waivers.submit')}
      danger
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="step" label={t('waivers.step')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Select placeholder={t('waivers.stepPlaceholder')} options={steps} data-testid="waive-step-select" />
      </Form.Item>
      <Form.Item name="reason" label={t('waivers.reason')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('waivers.reasonPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
