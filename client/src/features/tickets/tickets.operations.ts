import { graphql } from '../../gql';

/** One SLA clock as the live clock shows it; the client counts down to `dueAt` between reloads. */
export const SLA_CLOCK_ITEM = graphql(`
  fragment SlaClockItem on SlaClock {
    id
    kind
    state
    pauseReason
    startedAt
    dueAt
    targetMinutes
    businessMinutesLeft
    businessMinutesUsed
    stoppedAt
    warnedAt
    breachedAt
  }
`);

/** A ticket in a list (the queue, the portal): who, how urgent, where it stands, and its clocks. */
export const TICKET_ROW = graphql(`
  fragment TicketRow on Ticket {
    id
    number
    title
    status
    priority
    tier
    channel
    category
    createdAt
    version
    customer {
      id
      name
    }
    assignee {
      id
      name
    }
    slaClocks {
      ...SlaClockItem
    }
  }
`);

/** A message of the conversation: a reply, or (staff only) an internal note. */
export const TICKET_MESSAGE_ITEM = graphql(`
  fragment TicketMessageItem on TicketMessage {
    id
    body
    internal
    createdAt
    author {
      id
      name
    }
  }
`);

/** A ticket's satisfaction survey: opened when it closes, answered once by the customer. */
export const SURVEY_RESULT_ITEM = graphql(`
  fragment SurveyResultItem on SatisfactionSurvey {
    id
    answered
    answeredAt
    responseSpeed
    resolution
    professionalism
    attitude
    comment
  }
`);

/** The whole ticket as its page shows it, with what the viewer may do with it now. */
export const TICKET_DETAIL = graphql(`
  fragment TicketDetail on Ticket {
    ...TicketRow
    description
    product
    productVersion
    module
    occurredAt
    frequency
    steps
    errorText
    solution
    reopenCount
    acknowledgedAt
    resolvedAt
    closedAt
    customerConfirmedAt
    contact {
      id
      name
      phone
      email
    }
    project {
      id
      name
    }
    createdBy {
      id
      name
    }
    messages {
      ...TicketMessageItem
    }
    writeUp {
      cause
      solution
      steps
      lessons
    }
    survey {
      ...SurveyResultItem
    }
    attachments {
      id
      fileName
      size
      url
      createdAt
      uploadedBy {
        id
        name
      }
    }
    viewerCan {
      actions
      reply
      addInternalNote
      assign
      escalateTo
      changePriority
    }
  }
`);

/** The viewer's tickets: open ones unless the filter names states, SLA risk first (the server's order). */
export const TICKETS = graphql(`
  query Tickets($filter: TicketFilter) {
    tickets(filter: $filter) {
      ...TicketRow
    }
  }
`);

/** Open tickets that wait for the viewer: theirs, and those nobody holds yet (the header's count). */
export const WAITING_TICKETS = graphql(`
  query WaitingTickets {
    mine: tickets(filter: { mine: true }) {
      id
    }
    unassigned: tickets(filter: { unassigned: true }) {
      id
    }
  }
`);

/** One ticket; null when it does not exist or the viewer may not see it. */
export const TICKET = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketDetail
    }
  }
`);

/** Each change to a ticket the viewer may see; lists reload on each. */
export const TICKETS_CHANGED = graphql(`
  subscription TicketsChanged {
    ticketsChanged {
      seq
      ticketId
    }
  }
`);

/** Each change to one ticket; its page reloads on each. */
export const TICKET_CHANGED = graphql(`
  subscription TicketChanged($ticketId: ID!) {
    ticketsChanged(ticketId: $ticketId) {
      seq
      ticketId
      type
      action
    }
  }
`);

/** What the staff's intake form chooses from: the customers and the projects (filtered by the chosen customer). */
export const INTAKE_OPTIONS = graphql(`
  query TicketIntakeOptions {
    customers {
      id
      name
    }
    projects {
      id
      name
      customer {
        id
      }
    }
  }
`);

/** The engineers a ticket may be given to or escalated to (seniors are marked). */
export const TICKET_ENGINEERS = graphql(`
  query TicketEngineers {
    users(role: PRESALES) {
      id
      name
      senior
    }
  }
`);

export const CREATE_TICKET = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

export const TICKET_STEP = graphql(`
  mutation TicketStep($input: TicketStepInput!) {
    ticketStep(input: $input) {
      ...TicketDetail
    }
  }
`);

export const ADD_TICKET_MESSAGE = graphql(`
  mutation AddTicketMessage($input: TicketMessageInput!) {
    addTicketMessage(input: $input) {
      ...TicketMessageItem
    }
  }
`);

export const ASSIGN_TICKET = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

export const ESCALATE_TICKET = graphql(`
  mutation EscalateTicket($input: EscalateTicketInput!) {
    escalateTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

/** A new priority with why (an internal note): the running clocks take the new priority's targets from the same start. */
export const CHANGE_TICKET_PRIORITY = graphql(`
  mutation ChangeTicketPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      ...TicketDetail
    }
  }
`);

/** A project's tickets the viewer may see, newest first, with their live clocks (the project record's tickets tab). */
export const PROJECT_TICKETS = graphql(`
  query ProjectTickets($id: ID!) {
    project(id: $id) {
      id
      tickets {
        id
        number
        title
        status
        priority
        createdAt
        slaClocks {
          ...SlaClockItem
        }
        assignee {
          id
          name
        }
      }
    }
  }
`);

/** A customer's contact people, for the intake form once the customer is chosen. */
export const CUSTOMER_CONTACTS = graphql(`
  query CustomerContacts($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        id
        name
        title
      }
    }
  }
`);

/** Published knowledge articles matching what the customer describes, best first (intake). */
export const SUGGEST_KNOWLEDGE_ARTICLES = graphql(`
  query SuggestKnowledgeArticles($text: String!) {
    suggestKnowledgeArticles(text: $text, limit: 5) {
      id
      title
      cause
      solution
    }
  }
`);

/** A portal user's organisation and its contact people (the portal's intake form). */
export const MY_ORGANISATION = graphql(`
  query MyOrganisation {
    myOrganisation {
      id
      name
      contacts {
        id
        name
        title
      }
    }
  }
`);

/** The customer's answer to a closed ticket's survey, once. */
export const ANSWER_SATISFACTION_SURVEY = graphql(`
  mutation AnswerSatisfactionSurvey($input: AnswerSatisfactionSurveyInput!) {
    answerSatisfactionSurvey(input: $input) {
      ...SurveyResultItem
    }
  }
`);
