import { useTranslation } from 'react-i18next';
import { CountedNavLink } from '../../app/shell/CountedNavLink';
import { useLiveBugFeedback } from './useLiveBugFeedback';

/** The header's link to the testers' queue, with how much feedback is open, live. */
export function TestingNavLabel() {
  const { t } = useTranslation();
  const { data } = useLiveBugFeedback();
  return <CountedNavLink to="/testing" name="testing" label={t('nav.testing')} count={data?.bugFeedback.length ?? 0} />;
}
