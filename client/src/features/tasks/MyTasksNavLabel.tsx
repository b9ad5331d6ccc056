import { useTranslation } from 'react-i18next';
import { CountedNavLink } from '../../app/shell/CountedNavLink';
import { useMyTasks } from './useMyTasks';

/** The header's link to the viewer's tasks, with how many are open. */
export function MyTasksNavLabel() {
  const { t } = useTranslation();
  const { data } = useMyTasks();
  return <CountedNavLink to="/tasks" name="tasks" label={t('nav.tasks')} count={data?.myTasks.length ?? 0} />;
}
