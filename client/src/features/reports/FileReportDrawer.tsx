import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import type { CommunicationMethod, ReportChannel, ReportResult } from '../../gql/graphql';
import { ProblemListField } from './ProblemListField';
import { addReportToProject } from './report-cache';
import { reportFormProblems } from './report-errors';
import { COMMUNICATION_METHODS, REPORT_CHANNELS, REPORT_RESULTS } from './report-meta';
import { FILE_COMMUNICATION_REPORT } from './reports.operations';
import './reports.css';

interface ReportFormValues {
  result: ReportResult;
  method: CommunicationMethod;
  channel: ReportChannel;
  communicator: string;
  communicatedAt: Dayjs;
  problemsHandled: (string | undefined)[];
  remainingProblems?: (string | undefined)[];
}

const FORM_FIELDS = ['result', 'method', 'channel', 'communicator', 'communicatedAt', 'problemsHandled', 'remainingProblems'] as const satisfies readonly (keyof ReportFormValues)[];
const isFormField = (name: string): name is (typeof FORM_FIELDS)[number] => FORM_FIELDS.some((field) => field === name);

/** The filled-in statements, trimmed, with where each one is in the form. */
function statements(items: readonly (string | undefined)[] = []): { texts: string[]; positions: number[] } {
  const filled = items.flatMap((item, position) => (item?.trim() ? [{ text: item.trim(), position }] : []));
  return { texts: filled.map((item) => item.text), positions: filled.map((item) => item.position) };
}

/** The 沟通汇报 an engineer files to the responsible sales (SPEC §4). */
export function FileReportDrawer({ projectId, open, onClose }: { projectId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const result = Form.useWatch('result', form);
  const [formError, setFormError] = useState<string | null>(null);
  const [fileReport, { loading }] = useMutation(FILE_COMMUNICATION_REPORT, {
    update: (cache, { data }) => {
      if (data) addReportToProject(cache, projectId, data.fileCommunicationReport);
    },
  });

  const close = () => {
    setFormError(null);
    onClose();
  };

  const submit = async (values: ReportFormValues) => {
    setFormError(null);
    const problems = statements(values.problemsHandled);
    const remaining = values.result === 'ISSUE_REMAINING' ? statements(values.remainingProblems) : statements([]);
    try {
      await fileReport({
        variables: {
          input: {
            projectId,
            result: values.result,
            method: values.method,
            channel: values.channel,
            communicator: values.communicator.trim(),
            communicatedAt: values.communicatedAt.toISOString(),
            problemsHandled: problems.texts,
            remainingProblems: remaining.texts,
          },
        },
      });
      void message.success(t('reportForm.filed'));
      form.resetFields();
      close();
    } catch (error) {
      const problemsFound = reportFormProblems(t, error, { problemsHandled: problems.positions, remainingProblems: remaining.positions });
      const onForm = problemsFound.flatMap(({ name, errors }) => (typeof name !== 'string' || isFormField(name) ? [{ name, errors }] : []));
      form.setFields(onForm);
      if (onForm.length < problemsFound.length || problemsFound.length === 0) setFormError(describeError(t, error));
    }
  };

  const required = [{ required: true, message: t('validation.REQUIRED') }];

  return (
    <Drawer
      title={t('reportForm.title')}
      open={open}
      onClose={close}
      size={600}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={close}>{t('reportForm.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="report-submit">
            {t('reportForm.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('reportForm.intro')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={(values) => void submit(values)}
        initialValues={{ result: 'SUCCESS', channel: 'WRITTEN', communicatedAt: dayjs(), problemsHandled: [''], remainingProblems: [''] }}
        data-testid="report-form"
      >
        <div className="report-form__pair">
          <Form.Item name="result" label={t('reportForm.result')} rules={required}>
            <Radio.Group optionType="button" buttonStyle="solid" options={REPORT_RESULTS.map((value) => ({ value, label: t(`reportResult.${value}`) }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('reportForm.channel')} rules={required}>
            <Radio.Group options={REPORT_CHANNELS.map((value) => ({ value, label: t(`reportChannel.${value}`) }))} />
          </Form.Item>
        </div>
        <div className="report-form__pair">
          <Form.Item name="method" label={t('reportForm.method')} rules={required}>
            <Select placeholder={t('reportForm.methodPlaceholder')} options={COMMUNICATION_METHODS.map((value) => ({ value, label: t(`communicationMethod.${value}`) }))} />
          </Form.Item>
          <Form.Item name="communicatedAt" label={t('reportForm.communicatedAt')} rules={required}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(date) => date.isAfter(dayjs(), 'day')}
              allowClear={false}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </div>
        <Form.Item name="communicator" label={t('reportForm.communicator')} rules={[{ required: true, whitespace: true, message: t('validation.REQUIRED') }]}>
          <Input maxLength={200} placeholder={t('reportForm.communicatorPlaceholder')} />
        </Form.Item>
        <ProblemListField
          name="problemsHandled"
          label={t('reportForm.problemsHandled')}
          hint={t('reportForm.problemsHint')}
          placeholder={(number) => t('reportForm.problemPlaceholder', { number })}
          addLabel={t('reportForm.addProblem')}
          testIdPrefix="problem"
        />
        {result === 'ISSUE_REMAINING' && (
          <ProblemListField
            name="remainingProblems"
            label={t('reportForm.remainingProblems')}
            hint={t('reportForm.remainingHint')}
            placeholder={(number) => t('reportForm.remainingPlaceholder', { number })}
            addLabel={t('reportForm.addRemaining')}
            testIdPrefix="remaining"
          />
        )}
      </Form>
    </Drawer>
  );
}
