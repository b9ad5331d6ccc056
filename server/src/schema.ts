import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { type PubSub, buildSchemaSync } from 'type-graphql';
import { authChecker } from './platform/auth/auth-checker';
import { ActivityResolver, ProjectTimelineResolver } from './modules/activity/activity.resolver';
import {
  ApprovalInboxResolver,
  ApprovalResolver,
  ApprovalStepResolver,
  ProjectApprovalsResolver,
  ResourceRequestResolver,
} from './modules/approvals/approval.resolver';
import { ComplaintResolver } from './modules/complaints/complaint.resolver';
import { ProjectSupportRequestsResolver, SupportRequestResolver } from './modules/support-requests/support-request.resolver';
import { CustomerResolver } from './modules/customers/customer.resolver';
import { BoardResolver } from './modules/projects/board.resolver';
import { InitiationResolver, ProjectMemberResolver, ProjectResolver } from './modules/projects/project.resolver';
import { UserResolver } from './modules/users/user.resolver';
import { ApprovalDocumentResolver, DocumentRevisionResolver, ProjectDocumentResolver, ProjectDocumentsResolver } from './modules/documents/document.resolver';
import { ApprovalApplicationResolver, PresalesApplicationResolver } from './modules/presales-applications/presales-application.resolver';
import { MyTasksChangeResolver, ProjectTaskResolver, ProjectTasksResolver } from './modules/project-tasks/project-task.resolver';
import { UninitiatedWorkChangeResolver, UninitiatedWorkResolver } from './modules/uninitiated-work/uninitiated-work.resolver';
import { ProjectWaiversResolver, WaiverResolver } from './modules/waivers/waiver.resolver';
import { ImprovementRequestResolver, ProjectImprovementsResolver, RndTimeEntryResolver } from './modules/improvements/improvement.resolver';
import { IssueAttemptResolver, RemainingIssueWorkResolver } from './modules/remaining-issues/remaining-issue.resolver';
import { ProductVersionResolver, ProjectVersionResolver } from './modules/versions/product-version.resolver';
import { AttachmentResolver, TicketAttachmentsResolver, WorkOrderAttachmentsResolver } from './modules/attachments/attachment.resolver';
import { BugFeedbackResolver, FeedbackChangeResolver } from './modules/bug-feedback/bug-feedback.resolver';
import { ApprovalWorkOrderResolver, FaultWorkOrderResolver, ProjectWorkOrdersResolver, RndQueueResolver } from './modules/work-orders/work-order.resolver';
import { CommunicationReportResolver, ProjectReportsResolver, RemainingIssueResolver, TrackingEntryResolver } from './modules/reports/report.resolver';

import { CustomerProfileResolver } from './modules/customers/customer-profile.resolver';
import { CustomerContractResolver } from './modules/customers/customer-contract.resolver';
import { CustomerEditResolver } from './modules/customers/customer-edit.resolver';
import { CustomerRecordResolver } from './modules/customers/customer-record.resolver';
import { SlaAdminResolver } from './modules/sla/sla-admin.resolver';
import { KnowledgeArticleResolver, KnowledgeArticleRevisionResolver } from './modules/knowledge/knowledge.resolver';
import { SatisfactionSurveyResolver, TicketSurveyResolver, UserSatisfactionResolver } from './modules/satisfaction/satisfaction.resolver';
import { PresenceResolver } from './modules/presence/presence.resolver';
import { DashboardResolver } from './modules/dashboards/dashboard.resolver';
import { WorkReportResolver } from './modules/work-reports/work-report.resolver';
import { EngineerDashboardResolver } from './modules/dashboards/engineer-dashboards.resolver';
import { DashboardChangeResolver } from './modules/dashboards/dashboard-change.resolver';
import { RndDashboardResolver } from './modules/dashboards/rnd-dashboard.resolver';
import { SlaClockResolver, SlaPolicyResolver } from './modules/sla/sla-policy.resolver';
import { ProjectTicketsResolver, TicketChangeResolver, TicketMessageResolver, TicketResolver } from './modules/tickets/ticket.resolver';

import { NotificationResolver, NotificationsChangeResolver } from './modules/notifications/notification.resolver';

let built: GraphQLSchema | undefined;

/**
 * type-graphql insists on a PubSub, but Liaison's subscriptions read the event log through
 * the EventBus (`subscribe:` option), never type-graphql topics.
 */
const noTopics: PubSub = {
  publish: () => {
    throw new Error('Publish through the event log (inTransaction), not type-graphql topics.');
  },
  subscribe: () => {
    throw new Error('Subscribe with the `subscribe` option and the EventBus, not type-graphql topics.');
  },
};

/** The executable schema (built once per process; type-graphql's metadata is global). */
export function buildLiaisonSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [
      UserResolver,
      CustomerResolver,
      ProjectResolver,
      ProjectMemberResolver,
      InitiationResolver,
      BoardResolver,
      ActivityResolver,
      ProjectTimelineResolver,
      CommunicationReportResolver,
      TrackingEntryResolver,
      RemainingIssueResolver,
      ProjectReportsResolver,
      ApprovalResolver,
      ApprovalStepResolver,
      ResourceRequestResolver,
      ApprovalInboxResolver,
      ProjectApprovalsResolver,
      ComplaintResolver,
      SupportRequestResolver,
      ProjectSupportRequestsResolver,
      PresalesApplicationResolver,
      ApprovalApplicationResolver,
      ProjectDocumentResolver,
      DocumentRevisionResolver,
      ProjectDocumentsResolver,
      ApprovalDocumentResolver,
      WaiverResolver,
      ProjectWaiversResolver,
      ProjectTaskResolver,
      ProjectTasksResolver,
      MyTasksChangeResolver,
      UninitiatedWorkResolver,
      UninitiatedWorkChangeResolver,
      RemainingIssueWorkResolver,
      IssueAttemptResolver,
      ImprovementRequestResolver,
      RndTimeEntryResolver,
      ProjectImprovementsResolver,
      ProductVersionResolver,
      ProjectVersionResolver,
      FaultWorkOrderResolver,
      RndQueueResolver,
      ProjectWorkOrdersResolver,
      ApprovalWorkOrderResolver,
      BugFeedbackResolver,
      FeedbackChangeResolver,
      AttachmentResolver,
      WorkOrderAttachmentsResolver,
      TicketAttachmentsResolver,
      CustomerProfileResolver,
      CustomerEditResolver,
      CustomerRecordResolver,
      CustomerContractResolver,
      SlaAdminResolver,
      SlaPolicyResolver,
      SlaClockResolver,
      TicketResolver,
      TicketMessageResolver,
      ProjectTicketsResolver,
      NotificationResolver,
      NotificationsChangeResolver,
      TicketChangeResolver,
      KnowledgeArticleResolver,
      KnowledgeArticleRevisionResolver,
      SatisfactionSurveyResolver,
      TicketSurveyResolver,
      UserSatisfactionResolver,
      PresenceResolver,
      DashboardResolver,
      WorkReportResolver,
      EngineerDashboardResolver,
      DashboardChangeResolver,
      RndDashboardResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
    pubSub: noTopics,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql (sorted, so the diff shows only real changes). */
export const printLiaisonSchema = (): string => `${printSchema(lexicographicSortSchema(buildLiaisonSchema()))}\n`;
