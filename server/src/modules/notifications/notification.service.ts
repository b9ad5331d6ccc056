import type { DataSource } from 'typeorm';
import { isUuid } from '../../platform/db/uuid';
import { AppError, invalid } from '../../platform/graphql/errors';
import { NotificationPreference } from './notification-preference.entity';
import type { NotificationChoice } from './notification-preference.type';
import { DeliveryChoice } from './notification.enums';
import { NotificationErrorCode } from './notification.errors';
import { NOTIFICATION_RULES } from './notification.rules';
import type { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import { OutgoingMail } from './outgoing-mail.entity';

const MAX_LISTED = 200;

/** The bell: a person's notifications, newest first, and reading them. The ADMIN's outbox. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  list(viewer: Pick<User, 'id'>, unreadOnly: boolean, limit: number): Promise<Notification[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId', { userId: viewer.id });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.orderBy('n.created_at', 'DESC').addOrderBy('n.event_seq', 'DESC').take(limit).getMany();
  }

  unreadCount(viewer: Pick<User, 'id'>): Promise<number> {
    return this.dataSource.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId: viewer.id }).getCount();
  }

  /** Marks the viewer's own notifications read (`ids`, or all); returns how many changed. */
  async markRead(viewer: Pick<User, 'id'>, ids: readonly string[] | null): Promise<number> {
    if (ids && ids.some((id) => !isUuid(id))) throw invalid({ ids: 'INVALID' });
    const query = this.dataSource.createQueryBuilder().update(Notification).set({ readAt: () => 'now()' }).where('user_id = :userId AND read_at IS NULL', { userId: viewer.id });
    if (ids) query.andWhere('id = ANY(:ids)', { ids });
    return (await query.execute()).affected ?? 0;
  }

  /** Every rule with the viewer's choice (EMAIL when they made none). */
  async choices(viewer: Pick<User, 'id'>): Promise<NotificationChoice[]> {
    const rows = await this.dataSource.getRepository(NotificationPreference).findBy({ userId: viewer.id });
    const chosen = new Map(rows.map((row) => [row.rule, row.choice]));
    return NOTIFICATION_RULES.map((rule) => ({ rule: rule.key, mandatory: rule.mandatory, choice: chosen.get(rule.key) ?? DeliveryChoice.EMAIL }));
  }

  async choose(viewer: Pick<User, 'id'>, ruleKey: string, choice: DeliveryChoice): Promise<NotificationChoice> {
    const rule = NOTIFICATION_RULES.find((candidate) => candidate.key === ruleKey);
    if (!rule) throw invalid({ rule: 'NOT_FOUND' });
    if (rule.mandatory && choice === DeliveryChoice.OFF) {
      throw new AppError(NotificationErrorCode.NOTIFICATION_MANDATORY, 'The regulation requires this notification; it cannot be switched off.', { rule: rule.key });
    }
    await this.dataSource.getRepository(NotificationPreference).upsert({ userId: viewer.id, rule: rule.key, choice }, ['userId', 'rule']);
    return { rule: rule.key, mandatory: rule.mandatory, choice };
  }

  outbox(limit: number): Promise<OutgoingMail[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) throw invalid({ limit: 'OUT_OF_RANGE' });
    return this.dataSource.getRepository(OutgoingMail).find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
