import { useTranslation } from 'react-i18next';
import { percent } from './dashboard-meta';

const NONE = '—';
const isNone = (value: number | null | undefined): value is null | undefined => value === null || value === undefined;

/** The dashboard's number formats, in the viewer's language. */
export function useFigureFormat() {
  const { t } = useTranslation();
  const minutes = (value: number | null | undefined): string => {
    if (isNone(value)) return NONE;
    const total = Math.round(value);
    if (total < 60) return t('dashboard.format.minutes', { minutes: total });
    if (total < 24 * 60) return t('dashboard.format.hours', { hours: Math.floor(total / 60), minutes: total % 60 });
    return t('dashboard.format.days', { days: Math.floor(total / (24 * 60)), hours: Math.floor((total % (24 * 60)) / 60) });
  };
  return {
    /** 0.875 → "87.5%"; null → "—". */
    rate: (share: number | null | undefined): string => {
      const value = percent(share);
      return value === null ? NONE : `${value}%`;
    },
    /** Minutes as minutes, hours and minutes, or days and hours. */
    minutes,
    /** Hours shown as the service desk's durations are ("23 小时 6 分钟", "5 天 9 小时"), not as "129.2 小时". */
    hours: (value: number | null | undefined): string => minutes(isNone(value) ? value : value * 60),
    /** A number with two decimals, as the workbooks show it (days, hours in a table whose header names the unit). */
    decimal: (value: number | null | undefined): string => (isNone(value) ? NONE : value.toFixed(2)),
    /** A 1–5 average with two decimals. */
    score: (value: number | null | undefined): string => (isNone(value) ? NONE : value.toFixed(2)),
    /** A performance level: 0, or a true minus sign before the steps down ("−1"). */
    level: (value: number): string => (value < 0 ? `−${Math.abs(value)}` : String(value)),
  };
}
