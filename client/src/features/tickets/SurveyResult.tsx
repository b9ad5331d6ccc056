import { SmileOutlined } from '@ant-design/icons';
import { Card, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/format';
import type { SurveyResultItemFragment } from '../../gql/graphql';
import { SURVEY_SCORES } from './survey-scores';

/** The customer's answer to the satisfaction survey: the four ratings and the comment. Nothing until it is answered. */
export function SurveyResult({ survey }: { survey: SurveyResultItemFragment | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!survey?.answered) return null;
  return (
    <Card size="small" title={<><SmileOutlined /> {t('survey.resultTitle')}</>} className="ticket-page__card" data-testid="survey-result">
      <div className="survey-scores">
        {SURVEY_SCORES.map((score) => (
          <div key={score} className="survey-scores__row">
            <Typography.Text type="secondary">{t(`survey.score.${score}`)}</Typography.Text>
            <Rate disabled value={survey[score] ?? 0} data-testid={`survey-result-${score}`} />
          </div>
        ))}
      </div>
      {survey.comment && <div className="ticket-text survey-result__comment">{survey.comment}</div>}
      {survey.answeredAt && <Typography.Text type="secondary">{t('survey.answeredAt', { at: formatDateTime(survey.answeredAt) })}</Typography.Text>}
    </Card>
  );
}
