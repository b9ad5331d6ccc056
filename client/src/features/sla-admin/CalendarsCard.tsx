import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendarItemFragment } from '../../gql/graphql';
import { CalendarDays } from './CalendarDays';
import { CalendarDrawer } from './CalendarDrawer';
import { isWeekday } from './sla-admin-meta';

interface Props {
  calendars: readonly BusinessCalendarItemFragment[];
  loading: boolean;
  /** The viewer keeps the calendars (ADMIN); others read them. */
  editable: boolean;
  onChanged(): void;
}

/** The business calendars SLA clocks count on: working hours, weekdays, holidays and make-up workdays. */
export function CalendarsCard({ calendars, loading, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<BusinessCalendarItemFragment | 'new' | null>(null);
  const columns: TableColumnsType<BusinessCalendarItemFragment> = [
    { key: 'name', title: t('slaAdmin.calendarName'), width: 160, render: (_, calendar) => calendar.name },
    { key: 'timeZone', title: t('slaAdmin.timeZone'), width: 150, render: (_, calendar) => calendar.timeZone },
    {
      key: 'periods',
      title: t('slaAdmin.periods'),
      width: 150,
      render: (_, calendar) => calendar.periods.map((period) => <div key={period.start}>{t('slaAdmin.period', { start: period.start, end: period.end })}</div>),
    },
    {
      key: 'workingWeekdays',
      title: t('slaAdmin.workingWeekdays'),
      width: 200,
      render: (_, calendar) => calendar.workingWeekdays.filter(isWeekday).map((day) => <Tag key={day}>{t(`slaAdmin.weekdayShort.${day}`)}</Tag>),
    },
    { key: 'holidays', title: t('slaAdmin.holidays'), render: (_, calendar) => <CalendarDays days={calendar.holidays} color="red" /> },
    { key: 'makeUpWorkdays', title: t('slaAdmin.makeUpWorkdays'), render: (_, calendar) => <CalendarDays days={calendar.makeUpWorkdays} color="blue" /> },
  ];
  const edit: TableColumnsType<BusinessCalendarItemFragment>[number] = {
    key: 'edit',
    width: 60,
    render: (_, calendar) => (
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('slaAdmin.edit')} onClick={() => setEditing(calendar)} data-testid={`calendar-edit-${calendar.id}`} />
    ),
  };
  return (
    <Card
      title={t('slaAdmin.calendars')}
      className="sla-admin__card"
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="calendar-add">
            {t('slaAdmin.newCalendar')}
          </Button>
        )
      }
      data-testid="business-calendars"
    >
      <Table
        rowKey="id"
        size="small"
        columns={editable ? [...columns, edit] : columns}
        dataSource={[...calendars]}
        loading={loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('slaAdmin.noCalendars') }}
      />
      {editing && <CalendarDrawer calendar={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSettled={onChanged} />}
    </Card>
  );
}
