import { graphql } from '../../gql';

/** A notification as the bell and the list show it. */
export const NOTIFICATION_ITEM = graphql(`
  fragment NotificationItem on Notification {
    id
    rule
    recipientRole
    subject
    link
    readAt
    createdAt
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The viewer's notifications, newest first. */
export const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean!, $limit: Int!) {
    notifications(unreadOnly: $unreadOnly, limit: $limit) {
      ...NotificationItem
    }
  }
`);

/** Those in `ids` read, or all of them (ids null). */
export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Each time the viewer is told of something new, with the unread count then. */
export const NOTIFICATIONS_CHANGED = graphql(`
  subscription NotificationsChanged {
    notificationsChanged {
      seq
      unread
    }
  }
`);

/** Every rule, and how the viewer wants to be told of it. */
export const NOTIFICATION_CHOICES = graphql(`
  query NotificationChoices {
    notificationChoices {
      rule
      mandatory
      choice
    }
  }
`);

export const CHOOSE_NOTIFICATION_DELIVERY = graphql(`
  mutation ChooseNotificationDelivery($rule: String!, $choice: DeliveryChoice!) {
    chooseNotificationDelivery(rule: $rule, choice: $choice) {
      rule
      mandatory
      choice
    }
  }
`);

/** The mail outbox (ADMIN), newest first. */
export const OUTBOX = graphql(`
  query Outbox($limit: Int!) {
    outbox(limit: $limit) {
      id
      rule
      to
      cc
      subject
      body
      language
      status
      attempts
      lastError
      sentAt
      createdAt
    }
  }
`);
