import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, DatePicker, Form, type GetProp, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { type PlaceOf, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import { LoadFailed } from '../../app/LoadFailed';
import type { SupportType } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { applyProjectChange } from '../board/board-cache';
import { SUPPORT_TYPES } from '../board/project-meta';
import { APPLY_FOR_PRESALES_SUPPORT } from '../presales-applications/presales-applications.operations';
import { INITIATE_PROJECT, INITIATION_OPTIONS } from './project.operations';
import './projects.css';

type DateRange = GetProp<typeof DatePicker.RangePicker, 'value'>;

interface FormValues {
  customerId: string;
  name: string;
  /** The engineers are named on initiation only; an application's engineer is assigned on approval. */
  responsibleSalesId?: string;
  firstPresalesId?: string;
  secondPresalesId?: string;
  supportTypes: SupportType[];
  requirements: string;
  wantedDates?: DateRange;
}

const FORM_FIELDS: readonly string[] = ['customerId', 'name', 'responsibleSalesId', 'firstPresalesId', 'secondPresalesId', 'supportTypes', 'requirements', 'wantedDates'];

/** Server input fields placed on the form: both wanted dates on the one range. */
const placeOf: PlaceOf = (field) => {
  const name = field === 'wantedStart' || field === 'wantedEnd' ? 'wantedDates' : field;
  return FORM_FIELDS.includes(name) ? name : null;
};

const DATE_FORMAT = 'YYYY-MM-DD';

interface Props {
  /**
   * initiate: the 技术支持立项单 (SPEC §2.1), which names the engineers and creates the project;
   * apply: a sales' pre-sales support application, the same form without engineers, which
   * SALES_DIRECTOR → PRESALES_MANAGER approve, the manager assigning the engineer.
   */
  mode: 'initiate' | 'apply';
  onClose(): void;
  /** After an application was sent (or refused): reload the list of applications. */
  onApplied?(): void;
}

/** The initiation form, or the application for pre-sales support that becomes one on approval. */
export function InitiateProjectDrawer({ mode, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(() => onApplied?.());
  const options = useQuery(INITIATION_OPTIONS);
  const [initiate, initiating] = useMutation(INITIATE_PROJECT, {
    update: (cache, { data }) => {
      if (data) applyProjectChange(cache, data.initiateProject);
    },
  });
  const [apply, applying] = useMutation(APPLY_FOR_PRESALES_SUPPORT);

  const submit = (values: FormValues) => {
    const basics = {
      customerId: values.customerId,
      name: values.name,
      supportTypes: values.supportTypes,
      requirements: values.requirements,
      wantedStart: values.wantedDates?.[0]?.format(DATE_FORMAT) ?? null,
      wantedEnd: values.wantedDates?.[1]?.format(DATE_FORMAT) ?? null,
    };
    const engineers = { responsibleSalesId: values.responsibleSalesId ?? '', firstPresalesId: values.firstPresalesId ?? '', secondPresalesId: values.secondPresalesId ?? null };
    void settle(
      mode === 'initiate'
        ? change(() => initiate({ variables: { input: { ...basics, ...engineers } } }), t('initiate.created', { name: values.name }))
        : change(() => apply({ variables: { input: basics } }), t('applications.applied', { name: values.name })),
    );
  };

  const choices = (list: readonly { id: string; name: string }[] | undefined) => list?.map((item) => ({ value: item.id, label: item.name }));
  const person = { placeholder: t('initiate.personPlaceholder'), loading: options.loading };
  const required = [{ required: true, message: t('validation.REQUIRED') }];

  return (
    <FormDialog
      variant="drawer"
      size={560}
      form={form}
      name={mode}
      title={t(`${mode}.title`)}
      intro={t(`${mode}.intro`)}
      submitLabel={t(`${mode}.submit`)}
      loading={initiating.loading || applying.loading}
      formError={formError}
      initialValues={{ responsibleSalesId: me.roles.includes('SALES') ? me.id : undefined, supportTypes: [] }}
      onFinish={submit}
      onClose={onClose}
    >
      {options.error && <LoadFailed title={t('initiate.optionsFailed')} error={options.error} onRetry={() => void options.refetch()} />}
      <SelectField
        name="customerId"
        label={t('initiate.customer')}
        placeholder={t('initiate.customerPlaceholder')}
        options={choices(options.data?.customers)}
        loading={options.loading}
      />
      <Form.Item name="name" label={t('initiate.name')} rules={required}>
        <Input placeholder={t('initiate.namePlaceholder')} maxLength={200} />
      </Form.Item>
      {mode === 'initiate' && (
        <>
          <SelectField name="responsibleSalesId" label={t('initiate.responsibleSales')} {...person} options={choices(options.data?.salesPeople)} />
          <div className="initiate-form__pair">
            <SelectField name="firstPresalesId" label={t('initiate.firstPresales')} {...person} options={choices(options.data?.presalesPeople)} />
            <SelectField name="secondPresalesId" label={t('initiate.secondPresales')} {...person} options={choices(options.data?.presalesPeople)} optional />
          </div>
        </>
      )}
      <Form.Item name="supportTypes" label={t('initiate.supportTypes')} rules={required}>
        <Checkbox.Group className="initiate-form__types" options={SUPPORT_TYPES.map((type) => ({ value: type, label: t(`supportType.${type}`) }))} />
      </Form.Item>
      <Form.Item name="requirements" label={t('initiate.requirements')} rules={required}>
        <Input.TextArea rows={5} showCount maxLength={4000} placeholder={t('initiate.requirementsPlaceholder')} />
      </Form.Item>
      <Form.Item name="wantedDates" label={t('initiate.wantedDates')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
