import { Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SatisfactionDashboardQuery } from '../../gql/graphql';
import { FigureCard } from './FigureCard';
import { useFigureFormat } from './useFigureFormat';

type Overall = SatisfactionDashboardQuery['satisfactionFigures']['overall'];

/** The average of each dimension over every answered survey of the period. */
export function SatisfactionCards({ overall }: { overall: Overall }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const note = t('dashboard.satisfactionPage.over', { count: overall.answered });
  return (
    <Row gutter={[16, 16]} className="dashboard-figures">
      <FigureCard name="satisfaction-response-speed" title={t('dashboard.satisfactionPage.responseSpeed')} value={format.score(overall.responseSpeed)} note={note} />
      <FigureCard name="satisfaction-resolution" title={t('dashboard.satisfactionPage.resolution')} value={format.score(overall.resolution)} note={note} />
      <FigureCard name="satisfaction-professionalism" title={t('dashboard.satisfactionPage.professionalism')} value={format.score(overall.professionalism)} note={note} />
      <FigureCard name="satisfaction-attitude" title={t('dashboard.satisfactionPage.attitude')} value={format.score(overall.attitude)} note={note} />
    </Row>
  );
}
