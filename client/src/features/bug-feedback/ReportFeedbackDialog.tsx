import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { FormDialog } from '../../app/forms/FormDialog';
import { SelectField } from '../../app/forms/SelectField';
import type { FeedbackKind } from '../../gql/graphql';
import { BOARD } from '../board/board.operations';
import { useVersionOptions } from '../versions/useVersionOptions';
import { REPORT_BUG_FEEDBACK } from './bug-feedback.operations';
import { FEEDBACK_KINDS } from './feedback-meta';

interface FormValues {
  kind: FeedbackKind;
  title: string;
  description: string;
  projectId?: string;
  foundInVersionId?: string;
}

const placeOf = sameNames(['kind', 'title', 'description', 'projectId', 'foundInVersionId']);

interface Props {
  /** The project open when the form was opened, offered as the one it concerns. */
  projectId: string | undefined;
  onClose(): void;
}

/** 内部bug反馈表: a product problem or a usability suggestion, from anyone in the company to the testers (copied to all pre-sales). */
export function ReportFeedbackDialog({ projectId, onClose }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<FormValues>(placeOf, onClose);
  const change = useChange(() => undefined);
  const projects = useQuery(BOARD);
  const versions = useVersionOptions(false);
  const [report, { loading }] = useMutation(REPORT_BUG_FEEDBACK, { refetchQueries: ['OpenBugFeedback'] });
  const text = [{ required: true, whitespace: true, message: t('validation.REQUIRED') }];

  const submit = (values: FormValues) =>
    void settle(
      change(
        () => report({ variables: { input: { ...values, title: values.title.trim(), description: values.description.trim() } } }),
        t('feedback.reported', { title: values.title.trim() }),
      ),
    );

  return (
    <FormDialog
      size={600}
      form={form}
      name="report-feedback"
      title={t('feedback.reportTitle')}
      intro={t('feedback.reportIntro')}
      submitLabel={t('feedback.reportSubmit')}
      loading={loading}
      formError={formError}
      initialValues={{ kind: 'BUG', projectId }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('feedback.kind')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
        <Radio.Group options={FEEDBACK_KINDS.map((kind) => ({ value: kind, label: t(`feedbackKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('feedback.title')} rules={text}>
        <Input maxLength={200} placeholder={t('feedback.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('feedback.description')} rules={text}>
        <Input.TextArea rows={5} maxLength={8000} showCount placeholder={t('feedback.descriptionPlaceholder')} />
      </Form.Item>
      <SelectField
        name="projectId"
        label={t('feedback.project')}
        placeholder={t('feedback.projectPlaceholder')}
        options={projects.data?.projects.map((project) => ({ value: project.id, label: project.name }))}
        loading={projects.loading}
        optional
        testId="report-feedback-project"
      />
      <SelectField
        name="foundInVersionId"
        label={t('feedback.foundIn')}
        placeholder={t('versions.versionPlaceholder')}
        options={versions.options}
        loading={versions.loading}
        optional
        testId="report-feedback-version"
      />
    </FormDialog>
  );
}
