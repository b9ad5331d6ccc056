import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Card, DatePicker, Select, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { useCurrentUser } from '../auth/current-user';
import { PRESALES_PEOPLE } from '../people/people.operations';
import { overseesComplaints } from './complaint-meta';
import { PERFORMANCE_LEVEL } from './complaints.operations';

const MONTH_FORMAT = 'YYYY-MM';

/**
 * An engineer's performance level for a month as upheld complaints affect it (第十四条).
 * Managers and the GM pick any pre-sales engineer; an engineer sees their own.
 */
export function PerformanceCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const oversees = overseesComplaints(me.roles);
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [picked, setPicked] = useState<string | undefined>();
  const userId = oversees ? picked : me.id;
  const people = useQuery(PRESALES_PEOPLE, oversees ? {} : skipToken);
  const performance = useQuery(PERFORMANCE_LEVEL, userId ? { variables: { userId, month: month.format(MONTH_FORMAT) }, fetchPolicy: 'cache-and-network' } : skipToken);
  const level = performance.data?.performanceLevel;

  return (
    <Card
      title={t('performance.title')}
      className="performance-card"
      data-testid="performance"
      extra={
        <div className="performance-card__pickers">
          {oversees && (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={picked}
              onChange={setPicked}
              loading={people.loading}
              placeholder={t('performance.engineerPlaceholder')}
              options={people.data?.users.map((user) => ({ value: user.id, label: user.name }))}
              className="performance-card__engineer"
              aria-label={t('performance.engineer')}
              data-testid="performance-engineer"
            />
          )}
          <DatePicker
            picker="month"
            value={month}
            onChange={(value) => value && setMonth(value)}
            allowClear={false}
            disabledDate={(date) => date.isAfter(dayjs(), 'month')}
            aria-label={t('performance.month')}
            data-testid="performance-month"
          />
        </div>
      }
    >
      <Typography.Paragraph type="secondary">{t('performance.hint')}</Typography.Paragraph>
      {performance.error && <Alert type="error" showIcon title={t('performance.loadFailed')} description={describeError(t, performance.error)} />}
      {!userId && <Typography.Text type="secondary">{t('performance.pickEngineer')}</Typography.Text>}
      {level && (
        <div className="performance-card__figures" data-testid="performance-figures" data-level={level.level}>
          <Statistic
            title={t('performance.level')}
            value={level.level}
            suffix={level.level === 0 ? t('performance.normal') : undefined}
            styles={{ content: { color: level.level < 0 ? '#cf1322' : '#389e0d' } }}
          />
          <Statistic title={t('performance.monthlyDeduction')} value={level.monthlyDeduction} />
          <Statistic title={t('performance.permanentDeduction')} value={level.permanentDeduction} />
          <Statistic title={t('performance.upheldThisMonth')} value={level.upheldThisMonth} />
          <Statistic title={t('performance.upheldTotal')} value={level.upheldTotal} />
        </div>
      )}
    </Card>
  );
}
