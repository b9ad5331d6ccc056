import { type Config, loadConfig } from '../../server/src/config';
import { type RunningServer, startServer } from '../../server/src/app';
import { createDataSource } from '../../server/src/platform/db/data-source';
import { createLogger } from '../../server/src/platform/log';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';

export interface TestServer extends RunningServer {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A real Liaison server (HTTP + WebSocket) on a free port, against the run's PostgreSQL. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config: Config = {
    ...loadConfig({}),
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    databaseUrl: inject('databaseUrl'),
    logLevel: process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent',
    seedDemoData: false,
    ...overrides,
  };
  const dataSource = createDataSource(config.databaseUrl!);
  await dataSource.initialize();
  const server = await startServer(config, dataSource, createLogger(config.logLevel));
  return {
    ...server,
    dataSource,
    async close() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}

const TABLES = ['login_failure', 'work_report', 'session', 'event', 'notification', 'outgoing_mail', 'notification_preference', 'satisfaction_survey', 'knowledge_article_revision', 'knowledge_article', 'ticket_message', 'sla_clock', 'ticket', 'ticket_counter', 'contact', 'customer_product', 'customer_contract', 'customer_equipment', 'attachment', 'bug_feedback', 'work_order_member', 'fault_work_order', 'product_version', 'rnd_time_entry', 'improvement_request', 'issue_attempt', 'uninitiated_work', 'project_task', 'waiver', 'document_revision', 'project_document', 'presales_application', 'handoff', 'support_request', 'complaint', 'approval_step', 'resource_request', 'approval', 'tracking_entry', 'remaining_issue', 'communication_report', 'project_member', 'initiation', 'project', 'customer', 'app_user'];

/** Fresh rows for each test. Sequences keep counting, so `seq` never goes backwards under a running bus. */
export async function truncateAll(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${TABLES.join(', ')} CASCADE`);
}
