import { Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectRndQuery } from '../../gql/graphql';
import { hoursOf } from './improvement-meta';
import './improvements.css';

type RndCost = NonNullable<ProjectRndQuery['project']['rndCost']>;

/** The project's net R&D hours against the threshold, and whether its sales bonus is computed after R&D cost (第二十二条). */
export function RndCostSummary({ cost }: { cost: RndCost }) {
  const { t } = useTranslation();
  const hours = hoursOf(cost.minutes);
  return (
    <div data-testid="rnd-cost" data-minutes={cost.minutes} data-flagged={cost.bonusAfterRndCost}>
      <div className="rnd-cost__head">
        <Typography.Text>{t('improvements.rndCostValue', { hours, threshold: cost.thresholdHours })}</Typography.Text>
        {cost.bonusAfterRndCost ? (
          <Tag color="red" variant="solid" data-testid="rnd-cost-flag">
            {t('improvements.bonusAfterRndCost')}
          </Tag>
        ) : (
          <Tag color="green">{t('improvements.withinThreshold')}</Tag>
        )}
      </div>
      <Progress percent={Math.min(100, Math.round((cost.minutes / (cost.thresholdHours * 60)) * 100))} status={cost.bonusAfterRndCost ? 'exception' : 'normal'} showInfo={false} size="small" />
      <Typography.Text type="secondary">{t('improvements.rndCostHint')}</Typography.Text>
    </div>
  );
}
