import { Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RndDashboardQuery } from '../../gql/graphql';
import { FigureCard } from './FigureCard';
import { useFigureFormat } from './useFigureFormat';

type RndFigures = RndDashboardQuery['rndFigures'];

/** How long work orders waited to be assigned and to be closed: median and P90, in hours. */
export function RndHoursCards({ figures }: { figures: RndFigures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const { hoursToAssign: assign, hoursToClose: close } = figures;
  const over = (count: number) => t('dashboard.rnd.over', { count });
  return (
    <Row gutter={[16, 16]} className="dashboard-figures">
      <FigureCard name="hours-to-assign-median" title={t('dashboard.rnd.hoursToAssignMedian')} value={format.hours(assign.median)} note={over(assign.count)} />
      <FigureCard name="hours-to-assign-p90" title={t('dashboard.rnd.hoursToAssignP90')} value={format.hours(assign.p90)} note={over(assign.count)} />
      <FigureCard name="hours-to-close-median" title={t('dashboard.rnd.hoursToCloseMedian')} value={format.hours(close.median)} note={over(close.count)} />
      <FigureCard name="hours-to-close-p90" title={t('dashboard.rnd.hoursToCloseP90')} value={format.hours(close.p90)} note={over(close.count)} />
    </Row>
  );
}
