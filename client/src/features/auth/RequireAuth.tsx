import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Result, Spin } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { describeError } from '../../app/errors';
import { liveConnection } from '../../app/live-connection';
import { onSessionEnded } from '../../app/session-events';
import { ME } from './auth.operations';
import { CurrentUserContext } from './current-user';
import { leaveSession } from './session';

/** Renders its children for a signed-in user, with the live connection open; otherwise the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const location = useLocation();
  const { data, error, refetch } = useQuery(ME);
  const me = data?.me;

  useEffect(() => {
    if (me) liveConnection.start();
  }, [me]);

  useEffect(
    () =>
      onSessionEnded(() => {
        void message.warning(t('errors.UNAUTHENTICATED'));
        leaveSession(client);
      }),
    [client, message, t],
  );

  if (data && !me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me) return <CurrentUserContext value={me}>{children}</CurrentUserContext>;
  if (error) {
    return (
      <Result
        status="error"
        title={describeError(t, error)}
        extra={<Button onClick={() => void refetch()}>{t('app.retry')}</Button>}
      />
    );
  }
  return <Spin fullscreen description={t('app.loading')} />;
}
