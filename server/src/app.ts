import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { register } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { type Context, type Services, type Viewer, createLoaders } from './context';
import { SESSION_COOKIE, readCookie } from './platform/auth/session-token';
import { EventBus } from './platform/events/event-bus';
import { maskError } from './platform/graphql/errors';
import { limitsRule } from './platform/graphql/limits';
import { noNulInLiterals, nulError, nulFieldsOf } from './platform/graphql/text-input';
import { attachGraphqlWs, WS_PATH } from './platform/graphql/ws-server';
import type { Logger } from './platform/log';
import { ActivityService } from './modules/activity/activity.service';
import { scopeStillHolds, subscriptionScope } from './modules/subscription-scope';
import { ProjectService } from './modules/projects/project.service';
import { ReportService } from './modules/reports/report.service';
import { ApprovalService } from './modules/approvals/approval.service';
import { ComplaintService } from './modules/complaints/complaint.service';
import { SupportRequestService } from './modules/support-requests/support-request.service';
import { DocumentService } from './modules/documents/document.service';
import { PresalesApplicationService } from './modules/presales-applications/presales-application.service';
import { ProjectTaskService } from './modules/project-tasks/project-task.service';
import { UninitiatedWorkService } from './modules/uninitiated-work/uninitiated-work.service';
import { WaiverService } from './modules/waivers/waiver.service';
import { ImprovementService } from './modules/improvements/improvement.service';
import { RemainingIssueService } from './modules/remaining-issues/remaining-issue.service';
import { ProductVersionService } from './modules/versions/product-version.service';
import { WorkOrderService } from './modules/work-orders/work-order.service';
import { BugFeedbackService } from './modules/bug-feedback/bug-feedback.service';
import { attachmentRoutes } from './modules/attachments/attachment.routes';
import { AttachmentService } from './modules/attachments/attachment.service';
import { AttachmentOwnerKind } from './modules/attachments/attachment-owner';
import { workOrderAttachmentAccess } from './modules/work-orders/work-order.attachments';
import { ticketAttachmentAccess } from './modules/tickets/ticket.attachments';
import { trackingExportRoute } from './modules/reports/tracking-export.route';
import { dashboardExportRoute } from './modules/dashboards/export/dashboard-export.route';
import { AuthService, SESSION_ENDED } from './modules/users/auth.service';
import { CustomerService } from './modules/customers/customer.service';
import { KnowledgeService } from './modules/knowledge/knowledge.service';
import { SatisfactionService } from './modules/satisfaction/satisfaction.service';
import { SlaService } from './modules/sla/sla.service';
import { SlaAdminService } from './modules/sla/sla-admin.service';
import { TicketService } from './modules/tickets/ticket.service';
import { PresenceHub } from './modules/presence/presence.hub';
import { JobQueue } from './platform/jobs/job-queue';
import { MailSender } from './modules/notifications/mail.sender';
import { NotificationDispatcher } from './modules/notifications/notification.dispatcher';
import { NotificationService } from './modules/notifications/notification.service';
import { NotificationDigest } from './modules/notifications/notification.digest';
import { WorkReportService } from './modules/work-reports/work-report.service';
import { MonthlyWorkReportJob } from './modules/work-reports/work-report.job';
import { MailOutbox } from './modules/notifications/mail.outbox';
import { buildLiaisonSchema } from './schema';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  /** Stops accepting work, closes sockets, and waits for requests in flight. Leaves the database open. */
  stop(): Promise<void>;
}

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/client');
const MAX_BODY = '100kb';

/** Starts HTTP + WebSocket GraphQL, health and metrics, and the built client, on one port. */
export async function startServer(config: Config, dataSource: DataSource, log: Logger): Promise<RunningServer> {
  const report = (error: unknown) => log.error({ err: error }, 'unexpected error');
  const bus = new EventBus(dataSource, { redisUrl: config.redisUrl, onError: report });
  await bus.start();
  const projects = new ProjectService(dataSource, bus);
  const approvals = new ApprovalService(dataSource, bus, projects);
  const remainingIssues = new RemainingIssueService(dataSource, bus, projects);
  const versions = new ProductVersionService(dataSource, bus, projects);
  const improvements = new ImprovementService(dataSource, bus, projects, remainingIssues, versions, config);
  const workOrders = new WorkOrderService(dataSource, bus, projects, approvals, remainingIssues, improvements);
  const jobs = new JobQueue(dataSource, config.jobPollMs, report);
  await jobs.start();
  const sla = new SlaService(dataSource, bus, jobs);
  await sla.start();
  const mailSender = config.smtpUrl ? new MailSender(dataSource, jobs, config.smtpUrl, config.mailFrom, report) : null;
  await mailSender?.start();
  const outbox = new MailOutbox(jobs, { publicUrl: config.publicUrl, sendsMail: mailSender !== null });
  const knowledge = new KnowledgeService(dataSource, bus);
  const satisfaction = new SatisfactionService(dataSource, bus, outbox);
  const tickets = new TicketService(dataSource, bus, projects, sla, knowledge, satisfaction);
  const presence = new PresenceHub({ redisUrl: config.redisUrl, onError: report });
  await presence.start();
  const dispatcher = new NotificationDispatcher(dataSource, bus, outbox, report);
  dispatcher.start();
  const digest = new NotificationDigest(dataSource, jobs, outbox);
  await digest.start();
  const workReports = new WorkReportService(dataSource, bus, config);
  await new MonthlyWorkReportJob(dataSource, workReports).schedule(jobs);
  const services: Services = {
    config,
    dataSource,
    bus,
    auth: new AuthService(dataSource, bus, config),
    projects,
    activity: new ActivityService(dataSource),
    reports: new ReportService(dataSource, bus, projects),
    approvals,
    complaints: new ComplaintService(dataSource, bus, projects, config),
    supportRequests: new SupportRequestService(dataSource, bus, projects),
    presalesApplications: new PresalesApplicationService(dataSource, bus, projects, approvals),
    documents: new DocumentService(dataSource, bus, projects, approvals),
    waivers: new WaiverService(dataSource, bus, projects),
    projectTasks: new ProjectTaskService(dataSource, bus, projects),
    uninitiatedWork: new UninitiatedWorkService(dataSource, bus, projects),
    remainingIssues,
    improvements,
    versions,
    workOrders,
    bugFeedback: new BugFeedbackService(dataSource, bus, projects),
    attachments: new AttachmentService(dataSource, bus, {
      [AttachmentOwnerKind.WORK_ORDER]: workOrderAttachmentAccess(workOrders),
      [AttachmentOwnerKind.TICKET]: ticketAttachmentAccess(tickets),
    }),
    customers: new CustomerService(dataSource, bus),
    sla,
    slaAdmin: new SlaAdminService(dataSource, bus, sla),
    tickets,
    knowledge,
    satisfaction,
    presence,
    notifications: new NotificationService(dataSource),
    digest,
    workReports,
  };

  const production = config.nodeEnv === 'production';
  const schema = buildLiaisonSchema();
  const validationRules = [
    limitsRule({ maxDepth: config.graphqlMaxDepth, maxAliases: config.graphqlMaxAliases, maxCost: config.graphqlMaxCost }),
    noNulInLiterals,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const contextFor = (viewer: Viewer | null, ip: string, cookie: Context['cookie']): Context => ({
    viewer,
    ip,
    services,
    loaders: createLoaders(dataSource, viewer?.user ?? null),
    cookie,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);

  const ws = attachGraphqlWs<Context>(httpServer, {
    schema,
    production,
    validationRules,
    maxPayloadBytes: 64 * 1024,
    isAllowedOrigin: (origin, request) => origin === undefined || origin === ownOrigin(request, config.trustProxy) || config.allowedOrigins.includes(origin),
    authenticate: async (request) => {
      const viewer = await services.auth.userForToken(readCookie(request.headers.cookie, SESSION_COOKIE));
      if (!viewer) return null;
      const ip = request.socket.remoteAddress ?? 'unknown';
      return { sessionKey: viewer.tokenHash, scopeFor: (fields) => subscriptionScope(viewer.user, fields), newContext: () => contextFor(viewer, ip, null) };
    },
    verifyMembers: async (scope, sessionKeys) => {
      const users = await services.auth.usersOfLiveSessions(sessionKeys);
      return new Set(sessionKeys.filter((key) => {
        const user = users.get(key);
        return user !== undefined && scopeStillHolds(user, scope);
      }));
    },
    report,
  });
  const stopClosingSessions = bus.listen((event) => {
    if (event.record.type === SESSION_ENDED) ws.closeSession(event.record.entityId);
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    // No "did you mean …" suggestions in production: they describe the schema.
    hideSchemaDetailsFromClientErrors: production,
    validationRules,
    formatError: (formatted, error) => maskError(formatted, error, report),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        requestDidStart: async () => ({
          didResolveOperation: async ({ request }) => {
            const nulFields = nulFieldsOf(request.variables);
            if (Object.keys(nulFields).length > 0) throw nulError(nulFields);
          },
        }),
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(register.contentType).send(await register.metrics());
  });
  app.get('/exports/tracking-table.xlsx', trackingExportRoute(services, report));
  app.get('/exports/dashboards/:name.xlsx', dashboardExportRoute(services, report));
  app.use('/attachments', attachmentRoutes(services, report));
  app.use(
    WS_PATH,
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await services.auth.userForToken(readCookie(req.headers.cookie, SESSION_COOKIE));
        return contextFor(viewer, req.ip ?? 'unknown', sessionCookie(req, res));
      },
    }),
  );
  if (existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    app.use(express.static(CLIENT_DIR, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET is the single-page app.
    app.get(/^\/(?!graphql|healthz|metrics).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIR, 'index.html')));
  }

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  return {
    url,
    port,
    services,
    async stop() {
      stopClosingSessions();
      await ws.close();
      await apollo.stop();
      await dispatcher.stop();
      mailSender?.stop();
      await jobs.stop();
      // After the sockets, whose presence has ended: says goodbye and closes its Redis connections.
      await presence.stop();
      await bus.stop();
    },
  };
}

function sessionCookie(req: Request, res: Response): Context['cookie'] {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    set: (token, expires) => res.cookie(SESSION_COOKIE, token, { ...options, expires }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** The origin the browser used to reach us (behind a trusted proxy, as the proxy reports it). */
function ownOrigin(request: IncomingMessage, trustProxy: number): string {
  const forwardedProto = trustProxy > 0 ? String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() : '';
  const forwardedHost = trustProxy > 0 ? String(request.headers['x-forwarded-host'] ?? '').split(',')[0].trim() : '';
  return `${forwardedProto || 'http'}://${forwardedHost || request.headers.host}`;
}
