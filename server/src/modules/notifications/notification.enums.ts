import { registerEnumType } from 'type-graphql';

/** "Send to X, copy Y" (SPEC §8). */
export enum RecipientRole {
  TO = 'TO',
  CC = 'CC',
}

export enum MailStatus {
  /** No SMTP_URL: kept for the ADMIN to read in the app. */
  OUTBOX = 'OUTBOX',
  QUEUED = 'QUEUED',
  /** Claimed by one instance's job, being handed to the SMTP server. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Retries exhausted. */
  FAILED = 'FAILED',
}

/** How a person wants one kind of notification (SPEC §8; issue 6). */
export enum DeliveryChoice {
  /** In the app and by mail (the default). */
  EMAIL = 'EMAIL',
  /** In the app only. */
  IN_APP = 'IN_APP',
  /** In the app, and in one mail a day. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** Not at all — refused for the regulation's mandatory rules. */
  OFF = 'OFF',
}

registerEnumType(DeliveryChoice, { name: 'DeliveryChoice' });
registerEnumType(RecipientRole, { name: 'RecipientRole' });
registerEnumType(MailStatus, { name: 'MailStatus' });
