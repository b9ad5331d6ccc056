import { useTranslation } from 'react-i18next';
import type { DeliveryChoice, MailStatus, Role } from '../../gql/graphql';
import zhCN from '../../locales/zh-CN.json';

type RuleKey = keyof typeof zhCN.notificationRule;
const isRuleKey = (rule: string): rule is RuleKey => Object.hasOwn(zhCN.notificationRule, rule);

/** A rule's name in the viewer's language; a rule this client does not know yet, by its key. */
export function useRuleName(): (rule: string) => string {
  const { t } = useTranslation();
  return (rule) => (isRuleKey(rule) ? t(`notificationRule.${rule}`) : rule);
}

/** The choices in the order the settings offer them: the most to the least. */
export const DELIVERY_CHOICES: readonly DeliveryChoice[] = ['EMAIL', 'IN_APP', 'DAILY_DIGEST', 'OFF'];

export const MAIL_STATUS_COLOR: Record<MailStatus, string> = {
  OUTBOX: 'default',
  QUEUED: 'processing',
  SENDING: 'processing',
  SENT: 'success',
  FAILED: 'error',
};

/** SPEC §1: the administrator reads the outbox (server: notification.resolver). */
export const mayReadOutbox = (roles: readonly Role[]): boolean => roles.includes('ADMIN');

/** How many the bell's popover shows; the page shows more. */
export const BELL_LIMIT = 8;
export const PAGE_LIMIT = 200;
