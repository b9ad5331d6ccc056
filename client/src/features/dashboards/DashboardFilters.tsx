import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TicketPriority } from '../../gql/graphql';
import { DAY_FORMAT, type Period, PRIORITIES } from './dashboard-meta';

/** The server takes at most 366 days, counting both ends. */
const MAX_DAYS = 366;

/** The period (company days, both included) the figures are taken over. */
export function PeriodPicker({ period, onPeriod }: { period: Period; onPeriod(period: Period): void }) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      data-testid="dashboard-period"
      aria-label={t('dashboard.period')}
      allowClear={false}
      value={[dayjs(period.from, DAY_FORMAT), dayjs(period.to, DAY_FORMAT)]}
      disabledDate={(day, info) => (info.from ? Math.abs(day.diff(info.from, 'day')) >= MAX_DAYS : false)}
      onChange={(range) => {
        const [from, to] = range ?? [];
        if (from && to) onPeriod({ from: from.format(DAY_FORMAT), to: to.format(DAY_FORMAT) });
      }}
    />
  );
}

interface DashboardFiltersProps {
  period: Period;
  priority: TicketPriority | undefined;
  onPeriod(period: Period): void;
  onPriority(priority: TicketPriority | undefined): void;
}

/** The period and the priority the ticket figures are taken over. */
export function DashboardFilters({ period, priority, onPeriod, onPriority }: DashboardFiltersProps) {
  const { t } = useTranslation();
  return (
    <Space wrap className="dashboard-filters">
      <PeriodPicker period={period} onPeriod={onPeriod} />
      <Select<TicketPriority | 'ALL'>
        data-testid="dashboard-priority"
        aria-label={t('dashboard.priority')}
        style={{ minWidth: 140 }}
        value={priority ?? 'ALL'}
        onChange={(value) => onPriority(value === 'ALL' ? undefined : value)}
        options={[{ value: 'ALL', label: t('dashboard.allPriorities') }, ...PRIORITIES.map((value) => ({ value, label: t(`ticketPriority.${value}`) }))]}
      />
    </Space>
  );
}
