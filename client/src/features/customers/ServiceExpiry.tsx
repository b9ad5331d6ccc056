import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EXPIRY_WARNING_DAYS } from './customer-meta';

/** The last day of service, marked when it is near; "no contract in force" when there is none. */
export function ServiceExpiry({ on, testId }: { on: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!on) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('customers.noContractInForce')}
      </Typography.Text>
    );
  }
  const daysLeft = dayjs(on).diff(dayjs().startOf('day'), 'day');
  return (
    <span data-testid={testId} data-expires={on}>
      {on} {daysLeft < 0 && <Tag color="error">{t('customers.expired')}</Tag>}
      {daysLeft >= 0 && daysLeft <= EXPIRY_WARNING_DAYS && <Tag color="warning">{t('customers.expiringSoon', { count: daysLeft })}</Tag>}
    </span>
  );
}
