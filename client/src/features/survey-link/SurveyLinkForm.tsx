import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../app/errors';
import { type DialogOutcome, sameNames, useDialogForm } from '../../app/forms/dialog-form';
import { SURVEY_SCORES, type SurveyScore } from '../tickets/survey-scores';
import { ANSWER_SURVEY_BY_TOKEN } from './survey-link.operations';

type Values = Record<SurveyScore, number> & { comment?: string };

/** How the link's survey ended on this page: answered here, answered before, or no survey behind the token. */
export type SurveyLinkEnd = 'thanked' | 'alreadyAnswered' | 'invalid';

const placeOf = sameNames([...SURVEY_SCORES, 'comment']);

/** Comment length the server accepts (satisfaction.policy MAX_COMMENT_LENGTH). */
const MAX_COMMENT = 2000;

interface Props {
  token: string;
  onEnded(end: SurveyLinkEnd): void;
}

/**
 * The mailed survey's form: four 1–5 ratings and an optional comment. A VALIDATION refusal is
 * shown under its fields; an answer that came first (SURVEY_ALREADY_ANSWERED) or a token that is
 * no longer one (NOT_FOUND) ends the form like a sent answer does, each with its own words.
 */
export function SurveyLinkForm({ token, onEnded }: Props) {
  const { t } = useTranslation();
  const { form, formError, settle } = useDialogForm<Values>(placeOf, () => onEnded('thanked'));
  const [answer, { loading }] = useMutation(ANSWER_SURVEY_BY_TOKEN);
  const rated = [{ required: true, type: 'number' as const, min: 1, message: t('survey.rateRequired') }];

  const send = async (values: Values): Promise<DialogOutcome> => {
    try {
      await answer({
        variables: {
          input: {
            token,
            responseSpeed: values.responseSpeed,
            resolution: values.resolution,
            professionalism: values.professionalism,
            attitude: values.attitude,
            comment: values.comment?.trim() || undefined,
          },
        },
      });
      return null;
    } catch (error) {
      if (hasErrorCode(error, 'SURVEY_ALREADY_ANSWERED')) onEnded('alreadyAnswered');
      else if (hasErrorCode(error, 'NOT_FOUND')) onEnded('invalid');
      else return { refused: error };
      return 'kept';
    }
  };

  return (
    <Form<Values> form={form} name="survey-link" layout="vertical" requiredMark={false} onFinish={(values) => void settle(send(values))} data-testid="survey-link-form">
      {SURVEY_SCORES.map((score) => (
        <Form.Item key={score} name={score} label={t(`survey.score.${score}`)} rules={rated}>
          <Rate data-testid={`survey-link-${score}`} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t('survey.comment')}>
        <Input.TextArea rows={4} maxLength={MAX_COMMENT} showCount placeholder={t('survey.commentPlaceholder')} data-testid="survey-link-comment" />
      </Form.Item>
      {formError && <Alert type="error" showIcon title={formError} className="survey-link-card__error" />}
      <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="survey-link-submit">
        {t('survey.submit')}
      </Button>
    </Form>
  );
}
