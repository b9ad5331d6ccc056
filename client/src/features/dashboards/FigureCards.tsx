import { Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceDeskDashboardQuery } from '../../gql/graphql';
import { FigureCard } from './FigureCard';
import { useFigureFormat } from './useFigureFormat';

type Figures = ServiceDeskDashboardQuery['serviceDeskFigures'];

/** The time distributions, the rates and the satisfaction averages. */
export function FigureCards({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const { firstResponseMinutes: response, resolutionMinutes: resolution, satisfaction } = figures;
  const over = (count: number) => t('dashboard.figures.over', { count });
  const surveys = t('dashboard.satisfactionPage.over', { count: satisfaction.answered });
  return (
    <Row gutter={[16, 16]} className="dashboard-figures">
      <FigureCard name="first-response-median" title={t('dashboard.figures.firstResponseMedian')} value={format.minutes(response.median)} note={over(response.count)} />
      <FigureCard name="first-response-p90" title={t('dashboard.figures.firstResponseP90')} value={format.minutes(response.p90)} note={over(response.count)} />
      <FigureCard name="resolution-median" title={t('dashboard.figures.resolutionMedian')} value={format.minutes(resolution.median)} note={over(resolution.count)} />
      <FigureCard name="resolution-p90" title={t('dashboard.figures.resolutionP90')} value={format.minutes(resolution.p90)} note={over(resolution.count)} />
      <FigureCard name="resolution-rate" title={t('dashboard.figures.resolutionRate')} value={format.rate(figures.resolutionRate)} note={t('dashboard.figures.resolvedOf', { resolved: figures.resolved, tickets: figures.tickets })} />
      <FigureCard name="first-contact-resolution" title={t('dashboard.figures.firstContactResolution')} value={format.rate(figures.firstContactResolution)} />
      <FigureCard name="reopen-rate" title={t('dashboard.figures.reopenRate')} value={format.rate(figures.reopenRate)} />
      <FigureCard name="satisfaction-answered" title={t('dashboard.figures.surveysAnswered')} value={String(satisfaction.answered)} />
      <FigureCard name="satisfaction-response-speed" title={t('dashboard.satisfaction.responseSpeed')} value={format.score(satisfaction.responseSpeed)} note={surveys} />
      <FigureCard name="satisfaction-resolution" title={t('dashboard.satisfaction.resolution')} value={format.score(satisfaction.resolution)} note={surveys} />
      <FigureCard name="satisfaction-professionalism" title={t('dashboard.satisfaction.professionalism')} value={format.score(satisfaction.professionalism)} note={surveys} />
      <FigureCard name="satisfaction-attitude" title={t('dashboard.satisfaction.attitude')} value={format.score(satisfaction.attitude)} note={surveys} />
    </Row>
  );
}
