import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { describeError } from '../../app/errors';
import { LanguageSwitch } from '../../app/shell/LanguageSwitch';
import { LOGIN, ME } from './auth.operations';
import { startSession } from './session';
import './login.css';

interface Credentials {
  email: string;
  password: string;
}

/** Printed by `npm start` with the demo data; shown so that a first visit can sign in. */
const DEMO = {
  password: 'liaison2026',
  accounts: [
    { email: 'wang.haitao@liaison.demo', role: 'demoSales' },
    { email: 'sun.li@liaison.demo', role: 'demoManager' },
  ],
} as const;

const isFromState = (state: unknown): state is { from: string } =>
  typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string';

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data } = useQuery(ME);
  const [login, { loading, error, reset }] = useMutation(LOGIN);
  const target = isFromState(location.state) ? location.state.from : '/';

  if (data?.me) return <Navigate to={target} replace />;

  const submit = async (credentials: Credentials) => {
    // A failure is shown from the hook's `error`.
    const result = await login({ variables: credentials }).catch(() => null);
    const user = result?.data?.login;
    if (!user) return;
    await startSession(client, user);
    await navigate(target, { replace: true });
  };

  return (
    <div className="login-page">
      <div className="login-page__language">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <div className="login-card__brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.brand')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.tagline')}</Typography.Text>
          </div>
        </div>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} onValuesChange={() => reset()}>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.emailRequired') }]}>
            <Input prefix={<MailOutlined />} autoComplete="username" type="email" size="large" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={describeError(t, error)} className="login-card__error" />}
          <Button type="primary" htmlType="submit" size="large" block loading={loading}>
            {t('login.submit')}
          </Button>
        </Form>
        <div className="login-card__demo">
          <Typography.Text strong>{t('login.demoTitle')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('login.demoHint', { password: DEMO.password })}</Typography.Paragraph>
          {DEMO.accounts.map((account) => (
            <div key={account.email}>
              <Typography.Link onClick={() => form.setFieldsValue({ email: account.email, password: DEMO.password })}>
                {account.email}
              </Typography.Link>
              <Typography.Text type="secondary"> · {t(`login.${account.role}`)}</Typography.Text>
            </div>
          ))}
        </div>
      </Card>
    </div>
  );
}
