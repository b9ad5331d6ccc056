import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceDeskDashboardQuery } from '../../gql/graphql';
import { useFigureFormat } from './useFigureFormat';

type Figures = ServiceDeskDashboardQuery['serviceDeskFigures'];

/** One figure: its name, its value, and what it is taken over. */
function Figure({ name, title, value, note }: { name: string; title: string; value: string; note?: string }) {
  return (
    <Col xs={24} sm={12} lg={6}>
      <Card size="small" data-testid={`figure-${name}`}>
        <Statistic title={title} value={value} />
        {note && <div className="dashboard-figure-note">{note}</div>}
      </Card>
    </Col>
  );
}

/** The time distributions, the rates and the satisfaction averages. */
export function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const { firstResponseMinutes: response, resolutionMinutes: resolution, satisfaction } = figures;
  const over = (count: number) => t('dashboard.figures.over', { count });
  return (
    <Row gutter={[16, 16]} className="dashboard-figures">
      <Figure name="first-response-median" title={t('dashboard.figures.firstResponseMedian')} value={format.minutes(response.median)} note={over(response.count)} />
      <Figure name="first-response-p90" title={t('dashboard.figures.firstResponseP90')} value={format.minutes(response.p90)} note={over(response.count)} />
      <Figure name="resolution-median" title={t('dashboard.figures.resolutionMedian')} value={format.minutes(resolution.median)} note={over(resolution.count)} />
      <Figure name="resolution-p90" title={t('dashboard.figures.resolutionP90')} value={format.minutes(resolution.p90)} note={over(resolution.count)} />
      <Figure name="resolution-rate" title={t('dashboard.figures.resolutionRate')} value={format.rate(figures.resolutionRate)} note={t('dashboard.figures.resolvedOf', { resolved: figures.resolved, tickets: figures.tickets })} />
      <Figure name="first-contact-resolution" title={t('dashboard.figures.firstContactResolution')} value={format.rate(figures.firstContactResolution)} />
      <Figure name="reopen-rate" title={t('dashboard.figures.reopenRate')} value={format.rate(figures.reopenRate)} />
      <Figure name="satisfaction-answered" title={t('dashboard.figures.surveysAnswered')} value={String(satisfaction.answered)} />
      <Figure name="satisfaction-response-speed" title={t('dashboard.satisfaction.responseSpeed')} value={format.score(satisfaction.responseSpeed)} />
      <Figure name="satisfaction-resolution" title={t('dashboard.satisfaction.resolution')} value={format.score(satisfaction.resolution)} />
      <Figure name="satisfaction-professionalism" title={t('dashboard.satisfaction.professionalism')} value={format.score(satisfaction.professionalism)} />
      <Figure name="satisfaction-attitude" title={t('dashboard.satisfaction.attitude')} value={format.score(satisfaction.attitude)} />
    </Row>
  );
}
