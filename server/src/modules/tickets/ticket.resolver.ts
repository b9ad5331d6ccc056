import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Contact } from '../customers/contact.entity';
import { Customer } from '../customers/customer.entity';
import { Project } from '../projects/project.entity';
import { SlaClock } from '../sla/sla-clock.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { TicketChange } from './ticket-change.type';
import { TicketMessage } from './ticket-message.entity';
import { TicketPermissions } from './ticket-permissions.type';
import { TicketWriteUp } from './ticket-write-up.type';
import { Ticket } from './ticket.entity';
import { AssignTicketInput, ChangeTicketPriorityInput, CreateTicketInput, EscalateTicketInput, TicketFilter, TicketMessageInput, TicketStepInput } from './ticket.inputs';
import { isPortalUser } from './ticket.policy';
import { ticketChanges } from './ticket.subscription';

/** Everyone signed in: staff, and customers in the portal (who see only their organisation's tickets). */
const EVERYONE = Object.values(Role);

@Resolver(() => Ticket)
export class TicketResolver {
  @SignedIn(...EVERYONE)
  @Mutation(() => Ticket, { description: 'Files a ticket (intake); its SLA clocks start at once.' })
  createTicket(@Ctx() context: Context, @Arg('input', () => CreateTicketInput) input: CreateTicketInput): Promise<Ticket> {
    return context.services.tickets.create(requireUser(context), input);
  }

  @SignedIn(...EVERYONE)
  @Mutation(() => Ticket, { description: 'A lifecycle step: acknowledge, start, wait, resume, resolve, confirm, close, reopen.' })
  ticketStep(@Ctx() context: Context, @Arg('input', () => TicketStepInput) input: TicketStepInput): Promise<Ticket> {
    return context.services.tickets.step(requireUser(context), input);
  }

  @SignedIn(...EVERYONE)
  @Mutation(() => TicketMessage, { description: 'A reply to the conversation, or (staff) an internal note.' })
  addTicketMessage(@Ctx() context: Context, @Arg('input', () => TicketMessageInput) input: TicketMessageInput): Promise<TicketMessage> {
    return context.services.tickets.addMessageAs(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => Ticket, { description: 'The manager assigns an engineer; an engineer may take an unassigned ticket.' })
  assignTicket(@Ctx() context: Context, @Arg('input', () => AssignTicketInput) input: AssignTicketInput): Promise<Ticket> {
    return context.services.tickets.assign(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => Ticket, { description: 'A new priority; the running clocks take its targets from the same start. The reason is an internal note.' })
  changeTicketPriority(@Ctx() context: Context, @Arg('input', () => ChangeTicketPriorityInput) input: ChangeTicketPriorityInput): Promise<Ticket> {
    return context.services.tickets.changePriority(requireUser(context), input);
  }

  @SignedIn(Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => Ticket, { description: 'Up a tier: senior engineer, R&D (opens a remaining issue on the project) or the manager.' })
  escalateTicket(@Ctx() context: Context, @Arg('input', () => EscalateTicketInput) input: EscalateTicketInput): Promise<Ticket> {
    return context.services.tickets.escalate(requireUser(context), input);
  }

  @SignedIn(...EVERYONE)
  @Query(() => [Ticket], { description: 'The viewer\'s tickets, open ones by default, SLA risk first (breached, then nearest due).' })
  tickets(
    @Ctx() context: Context,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter: TicketFilter | null,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'At most 500.' }) limit: number,
  ): Promise<Ticket[]> {
    return context.services.tickets.list(requireUser(context), filter ?? {}, limit);
  }

  @SignedIn(...EVERYONE)
  @Query(() => Ticket, { nullable: true, description: 'A ticket by id or number, if the viewer may see it.' })
  ticket(@Ctx() context: Context, @Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('number', () => String, { nullable: true }) number: string | null): Promise<Ticket | null> {
    const viewer = requireUser(context);
    if (id) return context.services.tickets.findVisible(viewer, id);
    return number ? context.services.tickets.findByNumber(viewer, number) : Promise.resolve(null);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() ticket: Ticket, @Ctx() context: Context): Promise<Customer> {
    return (await context.loaders.customerById.load(ticket.customerId))!;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() ticket: Ticket, @Ctx() context: Context): Promise<Contact | null> {
    return ticket.contactId ? context.loaders.contactById.load(ticket.contactId) : Promise.resolve(null);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the viewer may not see the project (always, for a customer).' })
  project(@Root() ticket: Ticket, @Ctx() context: Context): Promise<Project | null> {
    return ticket.projectId ? context.loaders.visibleProjectById.load(ticket.projectId) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() ticket: Ticket, @Ctx() context: Context): Promise<User | null> {
    return ticket.assigneeId ? context.loaders.userById.load(ticket.assigneeId) : Promise.resolve(null);
  }

  @FieldResolver(() => User)
  createdBy(@Root() ticket: Ticket, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, ticket.createdById);
  }

  @FieldResolver(() => [SlaClock], { description: 'All its clocks at once: response and resolution.' })
  slaClocks(@Root() ticket: Ticket, @Ctx() context: Context): Promise<SlaClock[]> {
    return context.loaders.slaClocksByTicket.load(ticket.id);
  }

  @FieldResolver(() => [TicketMessage], { description: 'The conversation, oldest first; internal notes for staff only.' })
  messages(@Root() ticket: Ticket, @Ctx() context: Context): Promise<TicketMessage[]> {
    return context.loaders.messagesByTicket.load(ticket.id);
  }

  @FieldResolver(() => TicketWriteUp, { nullable: true, description: 'The closing write-up; null for customers and before closing.' })
  writeUp(@Root() ticket: Ticket, @Ctx() context: Context): TicketWriteUp | null {
    if (isPortalUser(requireUser(context)) || !ticket.closingCause) return null;
    return { cause: ticket.closingCause, solution: ticket.closingSolution ?? ticket.solution ?? '', steps: ticket.closingSteps, lessons: ticket.closingLessons };
  }

  @FieldResolver(() => TicketPermissions)
  viewerCan(@Root() ticket: Ticket, @Ctx() context: Context): TicketPermissions {
    return context.services.tickets.permissions(requireUser(context), ticket);
  }
}

@Resolver(() => TicketMessage)
export class TicketMessageResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for messages the system wrote.' })
  author(@Root() message: TicketMessage, @Ctx() context: Context): Promise<User | null> {
    return message.authorId ? context.loaders.userById.load(message.authorId) : Promise.resolve(null);
  }
}

@Resolver(() => TicketChange)
export class TicketChangeResolver {
  @SignedIn(...EVERYONE)
  @Subscription(() => TicketChange, {
    description: 'Live changes to the tickets the viewer may see; with `ticketId`, to that ticket only.',
    subscribe: ({ args, context }) => ticketChanges(context as Context, (args as { ticketId?: string | null }).ticketId ?? null),
  })
  ticketsChanged(@Root() change: TicketChange, @Arg('ticketId', () => ID, { nullable: true }) _ticketId: string | null): TicketChange {
    return change;
  }

  @FieldResolver(() => Ticket, { nullable: true })
  ticket(@Root() change: TicketChange, @Ctx() context: Context): Promise<Ticket | null> {
    return change.checked ? Promise.resolve(change.checked) : context.services.tickets.findVisible(requireUser(context), change.ticketId);
  }
}

/** The project record's tickets (SPEC §8: the record shows its tickets). */
@Resolver(() => Project)
export class ProjectTicketsResolver {
  @FieldResolver(() => [Ticket], { description: 'Its service-desk tickets the viewer may see, newest first.' })
  tickets(@Root() project: Project, @Ctx() context: Context): Promise<Ticket[]> {
    return context.loaders.visibleTicketsByProject.load(project.id);
  }
}
