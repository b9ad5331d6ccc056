import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, type GetProp, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationProblems } from '../../app/errors';
import type { SupportType } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { applyProjectChange } from '../board/board-cache';
import { SUPPORT_TYPES } from '../board/project-meta';
import { INITIATE_PROJECT, INITIATION_OPTIONS } from './project.operations';
import './projects.css';

type DateRange = GetProp<typeof DatePicker.RangePicker, 'value'>;

interface FormValues {
  customerId: string;
  name: string;
  responsibleSalesId: string;
  firstPresalesId: string;
  secondPresalesId?: string;
  supportTypes: SupportType[];
  requirements: string;
  wantedDates?: DateRange;
}

/** Server input fields that the form shows under another name. */
const FORM_FIELD: Record<string, keyof FormValues> = { wantedStart: 'wantedDates', wantedEnd: 'wantedDates' };
const FORM_FIELDS: readonly string[] = ['customerId', 'name', 'responsibleSalesId', 'firstPresalesId', 'secondPresalesId', 'supportTypes', 'requirements', 'wantedDates'];

const DATE_FORMAT = 'YYYY-MM-DD';

/** The 技术支持立项单 (SPEC §2.1): submitting it creates the project on the board. */
export function InitiateProjectDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const options = useQuery(INITIATION_OPTIONS, open ? {} : skipToken);
  const [initiate, { loading }] = useMutation(INITIATE_PROJECT, {
    update: (cache, { data }) => {
      if (data) applyProjectChange(cache, data.initiateProject);
    },
  });

  const close = () => {
    setFormError(null);
    onClose();
  };

  const submit = async (values: FormValues) => {
    setFormError(null);
    try {
      const { data } = await initiate({
        variables: {
          input: {
            customerId: values.customerId,
            name: values.name,
            responsibleSalesId: values.responsibleSalesId,
            firstPresalesId: values.firstPresalesId,
            secondPresalesId: values.secondPresalesId ?? null,
            supportTypes: values.supportTypes,
            requirements: values.requirements,
            wantedStart: values.wantedDates?.[0]?.format(DATE_FORMAT) ?? null,
            wantedEnd: values.wantedDates?.[1]?.format(DATE_FORMAT) ?? null,
          },
        },
      });
      if (data) void message.success(t('initiate.created', { name: data.initiateProject.name }));
      form.resetFields();
      close();
    } catch (error) {
      const problems = Object.entries(validationProblems(t, error)).map(([field, problem]) => ({ name: FORM_FIELD[field] ?? field, errors: [problem] }));
      const onForm = problems.filter((problem) => FORM_FIELDS.includes(problem.name));
      form.setFields(onForm);
      if (onForm.length < problems.length || problems.length === 0) setFormError(describeError(t, error));
    }
  };

  const people = (list: readonly { id: string; name: string }[] | undefined) => list?.map((user) => ({ value: user.id, label: user.name }));
  const required = [{ required: true, message: t('validation.REQUIRED') }];

  return (
    <Drawer
      title={t('initiate.title')}
      open={open}
      onClose={close}
      size={560}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={close}>{t('initiate.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="initiate-submit">
            {t('initiate.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('initiate.intro')}</Typography.Paragraph>
      {options.error && <Alert type="error" showIcon title={t('initiate.optionsFailed')} description={describeError(t, options.error)} />}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void submit(values)}
        initialValues={{ responsibleSalesId: me.roles.includes('SALES') ? me.id : undefined, supportTypes: [] }}
        data-testid="initiate-form"
      >
        <Form.Item name="customerId" label={t('initiate.customer')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={options.loading}
            placeholder={t('initiate.customerPlaceholder')}
            options={options.data?.customers.map((customer) => ({ value: customer.id, label: customer.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('initiate.name')} rules={required}>
          <Input placeholder={t('initiate.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="responsibleSalesId" label={t('initiate.responsibleSales')} rules={required}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={options.loading} placeholder={t('initiate.personPlaceholder')} options={people(options.data?.salesPeople)} />
        </Form.Item>
        <div className="initiate-form__pair">
          <Form.Item name="firstPresalesId" label={t('initiate.firstPresales')} rules={required}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={options.loading} placeholder={t('initiate.personPlaceholder')} options={people(options.data?.presalesPeople)} />
          </Form.Item>
          <Form.Item name="secondPresalesId" label={t('initiate.secondPresales')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={options.loading}
              placeholder={t('initiate.personPlaceholder')}
              options={people(options.data?.presalesPeople)}
            />
          </Form.Item>
        </div>
        <Form.Item name="supportTypes" label={t('initiate.supportTypes')} rules={required}>
          <Checkbox.Group className="initiate-form__types" options={SUPPORT_TYPES.map((type) => ({ value: type, label: t(`supportType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="requirements" label={t('initiate.requirements')} rules={required}>
          <Input.TextArea rows={5} showCount maxLength={4000} placeholder={t('initiate.requirementsPlaceholder')} />
        </Form.Item>
        <Form.Item name="wantedDates" label={t('initiate.wantedDates')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
