import type { Dayjs } from 'dayjs';
import { sameNames } from '../../app/forms/dialog-form';
import type { CreateTicketInput, OccurrenceFrequency, TicketCategory, TicketChannel, TicketPriority } from '../../gql/graphql';

/** The intake form (受理): the staff's form has all of it, the portal's no channel, customer or project. */
export interface TicketIntakeValues {
  channel?: TicketChannel;
  customerId?: string;
  contactId?: string;
  projectId?: string;
  title: string;
  description: string;
  category: TicketCategory;
  priority: TicketPriority;
  product?: string;
  productVersion?: string;
  module?: string;
  occurredAt?: Dayjs | null;
  frequency?: OccurrenceFrequency;
  steps?: string;
  errorText?: string;
}

/** The server's input fields, each shown on the form's field of the same name. */
export const placeIntakeProblem = sameNames([
  'channel',
  'customerId',
  'contactId',
  'projectId',
  'title',
  'description',
  'category',
  'priority',
  'product',
  'productVersion',
  'module',
  'occurredAt',
  'frequency',
  'steps',
  'errorText',
]);

const optional = (text: string | undefined): string | undefined => text?.trim() || undefined;

/** The form's values as the server takes them; the portal files through the web portal for the user's own organisation. */
export function toCreateTicketInput(values: TicketIntakeValues, portal: boolean): CreateTicketInput {
  return {
    channel: portal ? 'WEB_PORTAL' : (values.channel ?? 'PHONE'),
    customerId: portal ? undefined : values.customerId,
    contactId: values.contactId || undefined,
    projectId: portal ? undefined : values.projectId || undefined,
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category,
    priority: values.priority,
    product: optional(values.product),
    productVersion: optional(values.productVersion),
    module: optional(values.module),
    occurredAt: values.occurredAt ? values.occurredAt.toISOString() : undefined,
    frequency: values.frequency,
    steps: optional(values.steps),
    errorText: optional(values.errorText),
  };
}
