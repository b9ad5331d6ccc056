import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import type { VersionKind } from '../../gql/graphql';
import { versionName } from './version-meta';
import { REGISTER_PRODUCT_VERSION } from './versions.operations';

interface FormValues {
  product: string;
  version: string;
  kind: VersionKind;
}

const placeOf = sameNames(['product', 'version', 'kind']);
/** Custom versions come only from improvement requests (第二十条). */
const REGISTERED_KINDS = ['RELEASE', 'MAINLINE'] as const satisfies readonly VersionKind[];

/** Registers a release or a mainline build; a mainline build waits for a tester's confirmation before projects may use it. */
export function RegisterVersionDialog({ onClose, onRegistered }: { onClose(): void; onRegistered(): void }) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(onRegistered);
  const [register, { loading }] = useMutation(REGISTER_PRODUCT_VERSION);
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];

  const submit = (values: FormValues) => {
    const input = { product: values.product.trim(), version: values.version.trim(), kind: values.kind };
    void settle(change(() => register({ variables: { input } }), t('versions.registered', { name: versionName(input) })));
  };

  return (
    <FormDialog
      form={form}
      name="register-version"
      title={t('versions.registerTitle')}
      intro={t('versions.registerIntro')}
      submitLabel={t('versions.register')}
      loading={loading}
      formError={formError}
      initialValues={{ kind: 'MAINLINE' }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="product" label={t('versions.product')} rules={text}>
        <Input maxLength={100} placeholder={t('versions.productPlaceholder')} />
      </Form.Item>
      <Form.Item name="version" label={t('versions.version')} rules={text}>
        <Input maxLength={100} placeholder={t('versions.versionNumberPlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('versions.kind')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Radio.Group options={REGISTERED_KINDS.map((kind) => ({ value: kind, label: t(`versionKind.${kind}`) }))} />
      </Form.Item>
    </FormDialog>
  );
}
