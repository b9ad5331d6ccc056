import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { EventBus } from './platform/events/event-bus';
import { unauthenticated } from './platform/graphql/errors';
import type { ActivityService } from './modules/activity/activity.service';
import { createActivityLoaders } from './modules/activity/activity.loaders';
import { createApprovalLoaders } from './modules/approvals/approval.loaders';
import type { ApprovalService } from './modules/approvals/approval.service';
import type { ComplaintService } from './modules/complaints/complaint.service';
import { createSupportRequestLoaders } from './modules/support-requests/support-request.loaders';
import type { SupportRequestService } from './modules/support-requests/support-request.service';
import { createCustomerLoaders } from './modules/customers/customer.loaders';
import { createCustomerProfileLoaders } from './modules/customers/customer-profile.loaders';
import { createProjectLoaders } from './modules/projects/project.loaders';
import { createReportLoaders } from './modules/reports/report.loaders';
import type { ReportService } from './modules/reports/report.service';
import { createDocumentLoaders } from './modules/documents/document.loaders';
import type { DocumentService } from './modules/documents/document.service';
import { createPresalesApplicationLoaders } from './modules/presales-applications/presales-application.loaders';
import type { PresalesApplicationService } from './modules/presales-applications/presales-application.service';
import { createProjectTaskLoaders } from './modules/project-tasks/project-task.loaders';
import type { ProjectTaskService } from './modules/project-tasks/project-task.service';
import type { UninitiatedWorkService } from './modules/uninitiated-work/uninitiated-work.service';
import { createWaiverLoaders } from './modules/waivers/waiver.loaders';
import type { WaiverService } from './modules/waivers/waiver.service';
import { createImprovementLoaders } from './modules/improvements/improvement.loaders';
import type { ImprovementService } from './modules/improvements/improvement.service';
import { createRemainingIssueLoaders } from './modules/remaining-issues/remaining-issue.loaders';
import type { RemainingIssueService } from './modules/remaining-issues/remaining-issue.service';
import { createProductVersionLoaders } from './modules/versions/product-version.loaders';
import type { ProductVersionService } from './modules/versions/product-version.service';
import { createWorkOrderLoaders } from './modules/work-orders/work-order.loaders';
import type { WorkOrderService } from './modules/work-orders/work-order.service';
import type { BugFeedbackService } from './modules/bug-feedback/bug-feedback.service';
import type { AttachmentService } from './modules/attachments/attachment.service';
import { createAttachmentLoaders } from './modules/attachments/attachment.loaders';
import type { ProjectService } from './modules/projects/project.service';
import type { CustomerService } from './modules/customers/customer.service';
import type { KnowledgeService } from './modules/knowledge/knowledge.service';
import type { SatisfactionService } from './modules/satisfaction/satisfaction.service';
import type { PresenceHub } from './modules/presence/presence.hub';
import type { SlaService } from './modules/sla/sla.service';
import type { NotificationService } from './modules/notifications/notification.service';
import type { NotificationDigest } from './modules/notifications/notification.digest';
import type { SlaAdminService } from './modules/sla/sla-admin.service';
import type { WorkReportService } from './modules/work-reports/work-report.service';
import type { TicketService } from './modules/tickets/ticket.service';
import { createTicketLoaders } from './modules/tickets/ticket.loaders';
import { createKnowledgeLoaders } from './modules/knowledge/knowledge.loaders';
import { createSatisfactionLoaders } from './modules/satisfaction/satisfaction.loaders';
import type { AuthService } from './modules/users/auth.service';
import { createUserLoaders } from './modules/users/user.loaders';
import type { User } from './modules/users/user.entity';

/** Long-lived services, built once per server in app.ts. */
export interface Services {
  config: Config;
  dataSource: DataSource;
  bus: EventBus;
  auth: AuthService;
  projects: ProjectService;
  activity: ActivityService;
  reports: ReportService;
  approvals: ApprovalService;
  complaints: ComplaintService;
  supportRequests: SupportRequestService;
  presalesApplications: PresalesApplicationService;
  documents: DocumentService;
  waivers: WaiverService;
  projectTasks: ProjectTaskService;
  uninitiatedWork: UninitiatedWorkService;
  remainingIssues: RemainingIssueService;
  improvements: ImprovementService;
  versions: ProductVersionService;
  workOrders: WorkOrderService;
  bugFeedback: BugFeedbackService;
  attachments: AttachmentService;
  customers: CustomerService;
  sla: SlaService;
  slaAdmin: SlaAdminService;
  tickets: TicketService;
  knowledge: KnowledgeService;
  satisfaction: SatisfactionService;
  presence: PresenceHub;
  notifications: NotificationService;
  digest: NotificationDigest;
  workReports: WorkReportService;
}

/** Per-request batching caches; some filter by what `viewer` may see. */
export const createLoaders = (dataSource: DataSource, viewer: User | null) => ({
  ...createUserLoaders(dataSource),
  ...createCustomerLoaders(dataSource),
  ...createCustomerProfileLoaders(dataSource, viewer),
  ...createProjectLoaders(dataSource, viewer),
  ...createReportLoaders(dataSource),
  ...createActivityLoaders(dataSource),
  ...createApprovalLoaders(dataSource),
  ...createSupportRequestLoaders(dataSource),
  ...createPresalesApplicationLoaders(dataSource),
  ...createDocumentLoaders(dataSource, viewer),
  ...createWaiverLoaders(dataSource),
  ...createProjectTaskLoaders(dataSource),
  ...createRemainingIssueLoaders(dataSource),
  ...createImprovementLoaders(dataSource),
  ...createProductVersionLoaders(dataSource),
  ...createWorkOrderLoaders(dataSource),
  ...createAttachmentLoaders(dataSource),
  ...createTicketLoaders(dataSource, viewer),
  ...createKnowledgeLoaders(dataSource, viewer),
  ...createSatisfactionLoaders(dataSource, viewer),
});

export type Loaders = ReturnType<typeof createLoaders>;

export interface Viewer {
  user: User;
  tokenHash: string;
}

/** Sets and clears the session cookie; only HTTP requests have one. */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
}

/**
 * Per operation: an HTTP request, or one graphql-ws subscription. Loaders are replaced for
 * every subscription event so that no event is answered from another event's cache.
 */
export interface Context {
  viewer: Viewer | null;
  ip: string;
  services: Services;
  loaders: Loaders;
  cookie: SessionCookie | null;
}

export function requireUser(context: Context): User {
  if (!context.viewer) throw unauthenticated();
  return context.viewer.user;
}
