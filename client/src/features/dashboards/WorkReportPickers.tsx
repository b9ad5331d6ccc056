import { skipToken, useQuery } from '@apollo/client/react';
import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PRESALES_PEOPLE } from '../people/people.operations';
import { companyToday, DAY_FORMAT, MONTH_FORMAT } from './dashboard-meta';

/** The engineer select's value for the team's report. */
const TEAM = 'TEAM';

interface WorkReportPickersProps {
  month: string;
  onMonth(month: string): void;
  /** Null: the team's report. */
  engineerId: string | null;
  onEngineer(engineerId: string | null): void;
  /** Whether the viewer picks whose report (managers); an engineer reads their own. */
  byEngineer: boolean;
}

/** The month of the report (none after the current one) and, for the managers, the team or one engineer. */
export function WorkReportPickers({ month, onMonth, engineerId, onEngineer, byEngineer }: WorkReportPickersProps) {
  const { t } = useTranslation();
  const people = useQuery(PRESALES_PEOPLE, byEngineer ? {} : skipToken);
  const currentMonth = dayjs(companyToday(), DAY_FORMAT);
  return (
    <Space wrap className="dashboard-filters">
      <DatePicker
        picker="month"
        data-testid="work-report-month"
        aria-label={t('dashboard.workReports.month')}
        allowClear={false}
        value={dayjs(month, MONTH_FORMAT)}
        disabledDate={(date) => date.isAfter(currentMonth, 'month')}
        onChange={(value) => value && onMonth(value.format(MONTH_FORMAT))}
      />
      {byEngineer && (
        <Select
          data-testid="work-report-engineer"
          aria-label={t('dashboard.workReports.engineer')}
          className="dashboard-filters__select"
          showSearch={{ optionFilterProp: 'label' }}
          loading={people.loading}
          value={engineerId ?? TEAM}
          onChange={(value: string) => onEngineer(value === TEAM ? null : value)}
          options={[{ value: TEAM, label: t('dashboard.workReports.team') }, ...(people.data?.users.map((user) => ({ value: user.id, label: user.name })) ?? [])]}
        />
      )}
    </Space>
  );
}
