import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { COMPLETE_IMPROVEMENT_REQUEST } from './improvements.operations';

interface FormValues {
  solution?: string;
  product?: string;
  customVersion?: string;
}

const placeOf = sameNames(['solution', 'product', 'customVersion']);

interface Props {
  request: { id: string; version: number; title: string };
  onClose(): void;
  onCompleted(): void;
}

/**
 * The lead completes a request: what R&D delivered (which resolves a remaining issue the request
 * carries), and the custom version built for it if there is one (custom versions come only from here, 第二十条).
 */
export function CompleteImprovementDialog({ request, onClose, onCompleted }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onCompleted, t('improvements.conflict'));
  const [complete, { loading }] = useMutation(COMPLETE_IMPROVEMENT_REQUEST);

  const submit = (values: FormValues) =>
    void settle(
      change(
        () =>
          complete({
            variables: {
              input: {
                requestId: request.id,
                expectedVersion: request.version,
                solution: values.solution?.trim() || null,
                product: values.product?.trim() || null,
                customVersion: values.customVersion?.trim() || null,
              },
            },
          }),
        t('improvements.completed'),
      ),
    );

  return (
    <FormDialog
      form={form}
      name="complete-improvement"
      title={t('improvements.completeTitle', { title: request.title })}
      intro={t('improvements.completeHint')}
      submitLabel={t('improvements.complete')}
      loading={loading}
      formError={formError}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="solution" label={t('improvements.solution')} extra={t('improvements.solutionHint')}>
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
      <Form.Item name="product" label={t('versions.product')}>
        <Input maxLength={100} placeholder={t('versions.productPlaceholder')} />
      </Form.Item>
      <Form.Item name="customVersion" label={t('improvements.customVersion')}>
        <Input maxLength={100} placeholder={t('improvements.customVersionPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
