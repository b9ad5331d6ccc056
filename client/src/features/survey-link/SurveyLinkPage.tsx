import { useQuery } from '@apollo/client/react';
import { Button, Card, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeError } from '../../app/errors';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch';
import { SurveyLinkForm, type SurveyLinkEnd } from './SurveyLinkForm';
import { SURVEY_BY_TOKEN } from './survey-link.operations';
import './survey-link.css';

/**
 * /survey/:token — the satisfaction survey a ticket's contact is mailed when the ticket closes.
 * Public: outside the sign-in guard, the token alone lets its holder answer, once.
 */
export function SurveyLinkPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  return (
    <div className="survey-link-page" data-testid="survey-link-page">
      <div className="survey-link-page__language">
        <LanguageSwitch />
      </div>
      <Card className="survey-link-card">
        <div className="survey-link-card__brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.brand')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('surveyLink.title')}</Typography.Text>
          </div>
        </div>
        {/* A new token is a new survey: nothing of the last one's answer carries over. */}
        <SurveyLinkBody key={token} token={token} />
      </Card>
    </div>
  );
}

function SurveyLinkBody({ token }: { token: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SURVEY_BY_TOKEN, { variables: { token }, fetchPolicy: 'network-only' });
  const [ended, setEnded] = useState<SurveyLinkEnd | null>(null);

  const invalid = <Result status="warning" title={t('surveyLink.invalidTitle')} subTitle={t('surveyLink.invalidText')} data-testid="survey-link-invalid" />;
  if (ended === 'invalid') return invalid;
  if (!data) {
    if (!error) return <Spin size="large" description={t('app.loading')} style={{ display: 'block', margin: '48px auto' }} />;
    return (
      <Result
        status="error"
        title={t('surveyLink.loadFailed')}
        subTitle={describeError(t, error)}
        extra={<Button onClick={() => void refetch()}>{t('app.retry')}</Button>}
        data-testid="survey-link-load-failed"
      />
    );
  }
  const invitation = data.surveyByToken;
  if (!invitation) return invalid;

  const ticket = (
    <div className="survey-link-card__ticket">
      <Typography.Text type="secondary">{t('surveyLink.ticket')} </Typography.Text>
      <Typography.Text strong data-testid="survey-link-ticket-number">
        {invitation.ticketNumber}
      </Typography.Text>
      <Typography.Text className="survey-link-card__ticket-title" data-testid="survey-link-ticket-title">
        {invitation.ticketTitle}
      </Typography.Text>
    </div>
  );

  if (ended === 'thanked') {
    return (
      <>
        {ticket}
        <Result status="success" title={t('surveyLink.thanksTitle')} subTitle={t('surveyLink.thanksText')} data-testid="survey-link-thanks" />
      </>
    );
  }
  if (ended === 'alreadyAnswered' || invitation.answered) {
    return (
      <>
        {ticket}
        <Result status="info" title={t('surveyLink.answeredTitle')} subTitle={t('surveyLink.answeredText')} data-testid="survey-link-answered" />
      </>
    );
  }
  return (
    <>
      <Typography.Paragraph>{t('surveyLink.intro')}</Typography.Paragraph>
      {ticket}
      <SurveyLinkForm token={token} onEnded={setEnded} />
    </>
  );
}
