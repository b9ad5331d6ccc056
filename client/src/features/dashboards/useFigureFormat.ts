import { useTranslation } from 'react-i18next';
import { percent } from './dashboard-meta';

const NONE = '—';

/** The dashboard's number formats, in the viewer's language. */
export function useFigureFormat() {
  const { t } = useTranslation();
  return {
    /** 0.875 → "87.5%"; null → "—". */
    rate: (share: number | null | undefined): string => {
      const value = percent(share);
      return value === null ? NONE : `${value}%`;
    },
    /** Minutes as minutes, hours and minutes, or days and hours. */
    minutes: (value: number | null | undefined): string => {
      if (value === null || value === undefined) return NONE;
      const total = Math.round(value);
      if (total < 60) return t('dashboard.format.minutes', { minutes: total });
      if (total < 24 * 60) return t('dashboard.format.hours', { hours: Math.floor(total / 60), minutes: total % 60 });
      return t('dashboard.format.days', { days: Math.floor(total / (24 * 60)), hours: Math.floor((total % (24 * 60)) / 60) });
    },
    /** A 1–5 average with two decimals. */
    score: (value: number | null | undefined): string => (value === null || value === undefined ? NONE : value.toFixed(2)),
  };
}
