import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { FaultWorkOrder } from '../work-orders/fault-work-order.entity';
import { Attachment } from './attachment.entity';
import { Ticket } from '../tickets/ticket.entity';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to download it (GET, with the session cookie).' })
  url(@Root() attachment: Attachment): string {
    return `/attachments/${attachment.id}`;
  }

  @FieldResolver(() => User)
  uploadedBy(@Root() attachment: Attachment, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, attachment.uploadedById);
  }
}

/** A work order's logs and screenshots; upload with POST /attachments/work-orders/:id. */
@Resolver(() => FaultWorkOrder)
export class WorkOrderAttachmentsResolver {
  @FieldResolver(() => [Attachment])
  attachments(@Root() order: FaultWorkOrder, @Ctx() context: Context): Promise<Attachment[]> {
    return context.loaders.attachmentsByOwner.load(order.id);
  }
}

/** A ticket's screenshots and logs; upload with POST /attachments/tickets/:id. */
@Resolver(() => Ticket)
export class TicketAttachmentsResolver {
  @FieldResolver(() => [Attachment])
  attachments(@Root() ticket: Ticket, @Ctx() context: Context): Promise<Attachment[]> {
    return context.loaders.attachmentsByOwner.load(ticket.id);
  }
}
