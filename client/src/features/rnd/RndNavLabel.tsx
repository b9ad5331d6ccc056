import { useTranslation } from 'react-i18next';
import { CountedNavLink } from '../../app/shell/CountedNavLink';
import { useLiveRndQueue } from './useLiveRndQueue';

/** The header's link to the R&D queue, with how many work orders and improvement requests are in it, live. */
export function RndNavLabel() {
  const { t } = useTranslation();
  const { data } = useLiveRndQueue();
  return <CountedNavLink to="/rnd" name="rnd" label={t('nav.rnd')} count={(data?.rndQueue.length ?? 0) + (data?.improvementQueue.length ?? 0)} />;
}
