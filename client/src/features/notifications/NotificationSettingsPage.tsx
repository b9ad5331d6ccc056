import { useMutation, useQuery } from '@apollo/client/react';
import { App, Radio, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ListPage } from '../../app/ListPage';
import type { DeliveryChoice, NotificationChoicesQuery } from '../../gql/graphql';
import { DELIVERY_CHOICES, useRuleName } from './notification-meta';
import { CHOOSE_NOTIFICATION_DELIVERY, NOTIFICATION_CHOICES } from './notifications.operations';
import './notifications.css';

type Choice = NotificationChoicesQuery['notificationChoices'][number];

/**
 * How the viewer wants to be told of each kind of notification: in the app and by mail, in the
 * app only, in a daily digest, or not at all. The regulation's own reports and complaints cannot
 * be switched off: their "off" is there, disabled, with why.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ruleName = useRuleName();
  const { data, error, loading, refetch } = useQuery(NOTIFICATION_CHOICES, { fetchPolicy: 'cache-and-network' });
  const [choose, choosing] = useMutation(CHOOSE_NOTIFICATION_DELIVERY, { refetchQueries: ['NotificationChoices'], awaitRefetchQueries: true });

  const change = async (rule: string, choice: DeliveryChoice) => {
    try {
      await choose({ variables: { rule, choice } });
      void message.success(t('notificationSettings.saved', { rule: ruleName(rule), choice: t(`deliveryChoice.${choice}`) }));
    } catch (refusal) {
      void message.error(describeError(t, refusal), 6);
    }
  };

  /** The radio's value, known to be one of the choices offered. */
  const pick = (rule: string, value: unknown) => {
    const choice = DELIVERY_CHOICES.find((candidate) => candidate === value);
    if (choice) void change(rule, choice);
  };

  const columns: TableColumnsType<Choice> = [
    {
      key: 'rule',
      title: t('notificationSettings.rule'),
      render: (_, row) => (
        <>
          <Typography.Text>{ruleName(row.rule)}</Typography.Text>
          {row.mandatory && (
            <Tag color="red" variant="outlined" className="notification-settings__tag">
              {t('notificationSettings.mandatory')}
            </Tag>
          )}
          {row.mandatory && (
            <Typography.Text type="secondary" className="notification-settings__mandatory">
              {t('notificationSettings.mandatoryHint')}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'choice',
      title: t('notificationSettings.choice'),
      render: (_, row) => (
        <Radio.Group value={row.choice} disabled={choosing.loading} onChange={(event) => pick(row.rule, event.target.value)} data-testid={`notification-choice-${row.rule}`}>
          {DELIVERY_CHOICES.map((choice) => {
            const locked = row.mandatory && choice === 'OFF';
            const option = (
              <Radio key={choice} value={choice} disabled={locked} data-testid={`notification-choice-${row.rule}-${choice}`}>
                {t(`deliveryChoice.${choice}`)}
              </Radio>
            );
            return locked ? (
              <Tooltip key={choice} title={t('notificationSettings.mandatoryHint')}>
                <span>{option}</span>
              </Tooltip>
            ) : (
              option
            );
          })}
        </Radio.Group>
      ),
    },
  ];

  return (
    <ListPage
      wide
      title={t('notificationSettings.title')}
      hint={t('notificationSettings.hint')}
      loadFailed={t('notificationSettings.loadFailed')}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      <Table
        rowKey="rule"
        size="middle"
        columns={columns}
        dataSource={data?.notificationChoices ?? []}
        loading={loading && !data}
        pagination={false}
        data-testid="notification-settings"
        onRow={(row) => ({ 'data-testid': `notification-rule-${row.rule}`, 'data-choice': row.choice }) as HTMLAttributes<HTMLTableRowElement>}
      />
    </ListPage>
  );
}
