import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChange } from '../../app/forms/change';
import { sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { SURVEY_SCORES, type SurveyScore } from '../tickets/survey-scores';
import { ANSWER_SATISFACTION_SURVEY } from '../tickets/tickets.operations';

type Values = Record<SurveyScore, number> & { comment?: string };

const placeOf = sameNames([...SURVEY_SCORES, 'comment']);

interface Props {
  ticketId: string;
  /** After the answer was sent (or refused): reload the ticket, which then shows the answer. */
  onAnswered(): void;
}

/** 满意度: once the ticket is closed, the customer rates response speed, resolution, professionalism and attitude (1–5) and may comment; once. */
export function SurveyForm({ ticketId, onAnswered }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<Values>(placeOf, () => undefined);
  const change = useChange(onAnswered);
  const [answer, { loading }] = useMutation(ANSWER_SATISFACTION_SURVEY);
  const rated = [{ required: true, type: 'number' as const, min: 1, message: t('survey.rateRequired') }];

  const submit = (values: Values) =>
    void settle(
      change(
        () =>
          answer({
            variables: {
              input: {
                ticketId,
                responseSpeed: values.responseSpeed,
                resolution: values.resolution,
                professionalism: values.professionalism,
                attitude: values.attitude,
                comment: values.comment?.trim() || undefined,
              },
            },
          }),
        t('survey.thanks'),
      ),
    );

  return (
    <Card size="small" title={t('survey.formTitle')} className="ticket-page__card" data-testid="survey-form">
      {formError && <Alert type="error" showIcon title={formError} className="ticket-form__error" />}
      <Form<Values> form={form} name="survey" layout="vertical" requiredMark={false} onFinish={submit}>
        {SURVEY_SCORES.map((score) => (
          <Form.Item key={score} name={score} label={t(`survey.score.${score}`)} rules={rated}>
            <Rate data-testid={`survey-${score}`} />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('survey.comment')}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('survey.commentPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="survey-submit">
          {t('survey.submit')}
        </Button>
      </Form>
    </Card>
  );
}
