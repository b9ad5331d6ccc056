import { LoginFailure } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { EventRecord } from '../events/event.entity';
import { Customer } from '../../modules/customers/customer.entity';
import { Initiation } from '../../modules/projects/initiation.entity';
import { ProjectMember } from '../../modules/projects/project-member.entity';
import { Project } from '../../modules/projects/project.entity';
import { User } from '../../modules/users/user.entity';
import { CommunicationReport } from '../../modules/reports/communication-report.entity';
import { RemainingIssue } from '../../modules/reports/remaining-issue.entity';
import { TrackingEntry } from '../../modules/reports/tracking-entry.entity';
import { ApprovalStep } from '../../modules/approvals/approval-step.entity';
import { Approval } from '../../modules/approvals/approval.entity';
import { ResourceRequest } from '../../modules/approvals/resource-request.entity';
import { Complaint } from '../../modules/complaints/complaint.entity';
import { Handoff } from '../../modules/support-requests/handoff.entity';
import { SupportRequest } from '../../modules/support-requests/support-request.entity';
import { PresalesApplication } from '../../modules/presales-applications/presales-application.entity';
import { DocumentRevision } from '../../modules/documents/document-revision.entity';
import { ProjectDocument } from '../../modules/documents/project-document.entity';
import { Waiver } from '../../modules/waivers/waiver.entity';
import { ProjectTask } from '../../modules/project-tasks/project-task.entity';
import { UninitiatedWork } from '../../modules/uninitiated-work/uninitiated-work.entity';
import { IssueAttempt } from '../../modules/remaining-issues/issue-attempt.entity';
import { ImprovementRequest } from '../../modules/improvements/improvement-request.entity';
import { RndTimeEntry } from '../../modules/improvements/rnd-time-entry.entity';
import { ProductVersion } from '../../modules/versions/product-version.entity';
import { FaultWorkOrder } from '../../modules/work-orders/fault-work-order.entity';
import { WorkOrderMember } from '../../modules/work-orders/work-order-member.entity';
import { BugFeedback } from '../../modules/bug-feedback/bug-feedback.entity';
import { Attachment } from '../../modules/attachments/attachment.entity';
import { Contact } from '../../modules/customers/contact.entity';
import { CustomerContract } from '../../modules/customers/customer-contract.entity';
import { CustomerEquipment } from '../../modules/customers/customer-equipment.entity';
import { CustomerProduct } from '../../modules/customers/customer-product.entity';
import { BusinessCalendar } from '../../modules/sla/business-calendar.entity';
import { SlaClock } from '../../modules/sla/sla-clock.entity';
import { SlaPolicy } from '../../modules/sla/sla-policy.entity';
import { TicketCounter } from '../../modules/tickets/ticket-counter.entity';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';
import { KnowledgeArticleRevision } from '../../modules/knowledge/knowledge-article-revision.entity';
import { KnowledgeArticle } from '../../modules/knowledge/knowledge-article.entity';
import { SatisfactionSurvey } from '../../modules/satisfaction/satisfaction-survey.entity';
import { NotificationCursor } from '../../modules/notifications/notification-cursor.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { OutgoingMail } from '../../modules/notifications/outgoing-mail.entity';
import { NotificationPreference } from '../../modules/notifications/notification-preference.entity';
import { WorkReport } from '../../modules/work-reports/work-report.entity';

/** Every table the migrations must create; the migration-drift test checks them against the database. */
export const ENTITIES = [
  User,
  Session,
  LoginFailure,
  EventRecord,
  Customer,
  Project,
  ProjectMember,
  Initiation,
  CommunicationReport,
  RemainingIssue,
  TrackingEntry,
  Approval,
  ApprovalStep,
  ResourceRequest,
  Complaint,
  SupportRequest,
  Handoff,
  PresalesApplication,
  ProjectDocument,
  DocumentRevision,
  Waiver,
  ProjectTask,
  UninitiatedWork,
  IssueAttempt,
  ImprovementRequest,
  RndTimeEntry,
  ProductVersion,
  FaultWorkOrder,
  WorkOrderMember,
  BugFeedback,
  Attachment,
  Contact,
  CustomerProduct,
  CustomerContract,
  CustomerEquipment,
  BusinessCalendar,
  SlaPolicy,
  Ticket,
  TicketMessage,
  TicketCounter,
  SlaClock,
  KnowledgeArticle,
  KnowledgeArticleRevision,
  SatisfactionSurvey,
  Notification,
  OutgoingMail,
  NotificationCursor,
  NotificationPreference,
  WorkReport,
];
