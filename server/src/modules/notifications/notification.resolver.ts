import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Role } from '../users/role.enum';
import { Notification } from './notification.entity';
import { notificationChanges } from './notification.subscription';
import { NotificationsChange } from './notifications-change.type';
import { OutgoingMail } from './outgoing-mail.entity';
import { NotificationChoice } from './notification-preference.type';
import { DeliveryChoice } from './notification.enums';

const EVERYONE = Object.values(Role);

@Resolver(() => Notification)
export class NotificationResolver {
  @SignedIn(...EVERYONE)
  @Query(() => [Notification], { description: "The viewer's notifications, newest first." })
  notifications(
    @Ctx() context: Context,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 200.' }) limit: number,
  ): Promise<Notification[]> {
    return context.services.notifications.list(requireUser(context), unreadOnly, limit);
  }

  @SignedIn(...EVERYONE)
  @Query(() => Int, { description: 'The bell: how many are unread.' })
  unreadNotificationCount(@Ctx() context: Context): Promise<number> {
    return context.services.notifications.unreadCount(requireUser(context));
  }

  @SignedIn(...EVERYONE)
  @Mutation(() => Int, { description: "Marks the viewer's notifications read: those in `ids`, or all. Returns how many changed." })
  markNotificationsRead(@Ctx() context: Context, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null): Promise<number> {
    return context.services.notifications.markRead(requireUser(context), ids);
  }

  @SignedIn(...EVERYONE)
  @Query(() => [NotificationChoice], { description: 'Every kind of notification, with how the viewer wants it.' })
  notificationChoices(@Ctx() context: Context): Promise<NotificationChoice[]> {
    return context.services.notifications.choices(requireUser(context));
  }

  @SignedIn(...EVERYONE)
  @Mutation(() => NotificationChoice, { description: 'In the app, by mail, in a daily digest, or off (not for mandatory rules: NOTIFICATION_MANDATORY).' })
  chooseNotificationDelivery(@Ctx() context: Context, @Arg('rule', () => String) rule: string, @Arg('choice', () => DeliveryChoice) choice: DeliveryChoice): Promise<NotificationChoice> {
    return context.services.notifications.choose(requireUser(context), rule, choice);
  }

  @SignedIn(Role.ADMIN)
  @Query(() => [OutgoingMail], { description: 'The mail outbox, newest first (without SMTP_URL, mail stays here).' })
  outbox(@Ctx() context: Context, @Arg('limit', () => Int, { defaultValue: 100, description: 'At most 200.' }) limit: number): Promise<OutgoingMail[]> {
    return context.services.notifications.outbox(limit);
  }
}

@Resolver(() => NotificationsChange)
export class NotificationsChangeResolver {
  @SignedIn(...EVERYONE)
  @Subscription(() => NotificationsChange, {
    description: 'Each time the viewer is told of something new (the bell, live).',
    subscribe: ({ context }) => notificationChanges(context as Context),
  })
  notificationsChanged(@Root() change: NotificationsChange): NotificationsChange {
    return change;
  }
}
