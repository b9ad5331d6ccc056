import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Days shown at most before "and N more". */
const SHOWN = 6;

/** A list of calendar days (holidays, make-up workdays) as tags, the first few with a count of the rest. */
export function CalendarDays({ days, color }: { days: readonly string[]; color?: string }) {
  const { t } = useTranslation();
  if (days.length === 0) return <Typography.Text type="secondary">{t('app.none')}</Typography.Text>;
  const sorted = [...days].sort();
  return (
    <span>
      {sorted.slice(0, SHOWN).map((day) => (
        <Tag key={day} color={color}>
          {day}
        </Tag>
      ))}
      {sorted.length > SHOWN && <Typography.Text type="secondary">{t('slaAdmin.moreDays', { count: sorted.length - SHOWN })}</Typography.Text>}
    </span>
  );
}
