import { LogoutOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Avatar, Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOGOUT } from '../../features/auth/auth.operations';
import { useCurrentUser } from '../../features/auth/current-user';
import { leaveSession } from '../../features/auth/session';
import { describeError, hasErrorCode } from '../errors';
import { liveConnection } from '../live-connection';

export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const user = useCurrentUser();
  const [logout, { loading }] = useMutation(LOGOUT);

  const signOut = async () => {
    // Closed by us first, so the server closing it (4401) is not mistaken for an expired session.
    liveConnection.stop();
    try {
      await logout();
    } catch (error) {
      // UNAUTHENTICATED: already signed out, and RequireAuth is leaving the session.
      if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
      void message.error(describeError(t, error));
      liveConnection.start();
      return;
    }
    leaveSession(client);
  };

  return (
    <div className="shell__user" data-testid="current-user">
      <Avatar size="small" className="shell__avatar">
        {user.name.slice(0, 1)}
      </Avatar>
      <span className="shell__user-name">{user.name}</span>
      {user.roles.map((role) => (
        <Tag key={role} color="blue" variant="filled" className="shell__role">
          {t(`role.${role}`)}
        </Tag>
      ))}
      <Tooltip title={t('user.logout')}>
        <Button type="text" icon={<LogoutOutlined />} loading={loading} onClick={() => void signOut()} aria-label={t('user.logout')} data-testid="logout" />
      </Tooltip>
    </div>
  );
}
