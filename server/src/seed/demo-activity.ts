import type { Services } from '../context';
import { FeedbackKind } from '../modules/bug-feedback/bug-feedback.enums';
import { RemainingIssue } from '../modules/reports/remaining-issue.entity';
import { DocumentKind } from '../modules/documents/document.enums';
import { UpgradeKind } from '../modules/project-tasks/project-task.enums';
import { SupportAction } from '../modules/support-requests/support-request.enums';
import { ProjectStage } from '../modules/projects/project-stage';
import { Project } from '../modules/projects/project.entity';
import { CommunicationMethod, ReportChannel, ReportResult } from '../modules/reports/report.enums';
import { SupportType } from '../modules/projects/support-type';
import type { User } from '../modules/users/user.entity';
import { seedDemoServiceDesk } from './demo-service-desk';

const DAY = 86_400_000;

/**
 * The regulation at work on the demo board, written through the services (so every step is
 * on the timeline): a report with a remaining issue, a support request deferred, an approval
 * waiting in each approver's inbox, documents under review, a task for a sales, and work on
 * a project nobody has initiated yet. Runs once, on a database whose event log is empty.
 */
export async function seedDemoActivity(services: Services, people: readonly User[]): Promise<void> {
  const [{ count }] = (await services.dataSource.query('SELECT count(*)::int AS count FROM event')) as { count: number }[];
  if (count > 0) return;
  const person = (login: string): User => {
    const user = people.find((candidate) => candidate.email.startsWith(`${login}@`));
    if (!user) throw new Error(`demo person ${login} is missing`);
    return user;
  };
  const projectNamed = (name: string) => services.dataSource.getRepository(Project).findOneByOrFail({ name });
  const [wang, liu, zhang, li, zhao] = ['wang.haitao', 'liu.xiaoyan', 'zhang.wei', 'li.na', 'zhao.lei'].map(person);

  const dispatchNetwork = await projectNamed('调度数据网远程运维平台');
  const report = await services.reports.file(zhang, {
    projectId: dispatchNetwork.id,
    result: ReportResult.ISSUE_REMAINING,
    method: CommunicationMethod.REMOTE,
    channel: ReportChannel.WRITTEN,
    communicator: '信息中心 王工',
    communicatedAt: new Date(Date.now() - DAY),
    problemsHandled: ['解决 Vista 下远程控制网络参数设置', '配置审计回放的存储路径为 /data/audit'],
    remainingProblems: ['国产操作系统终端的文件传输偶发中断，待研发确认'],
  });
  // The remaining issue was tried three times inside support; it now waits as a fault work order for the manager.
  const [issue] = await services.dataSource.getRepository(RemainingIssue).findBy({ reportId: report.id });
  for (const tried of ['更换 xrdp 0.9.22 后重试', '关闭终端防火墙后重试', '改用 TCP 直连而非网关转发']) {
    await services.remainingIssues.recordAttempt(zhang, { issueId: issue.id, whatWasTried: tried, result: '文件传输仍在 80% 左右中断', succeeded: false });
  }
  await services.workOrders.submit(zhang, {
    remainingIssueId: issue.id,
    title: '国产操作系统终端文件传输中断',
    environment: '麒麟 V10 SP1 终端，服务端 5.1.3，经网关转发',
    steps: '1. 远程连接终端 2. 传输 200MB 文件',
    symptoms: '传输到约 80% 时中断，客户端提示连接重置',
    logs: 'gateway.log: connection reset by peer (fd=42)',
  });
  await services.improvements.issue(zhang, { projectId: dispatchNetwork.id, title: '审计回放支持倍速播放', description: '客户希望审计录像可 2 倍、4 倍速回放，便于快速检查。' });
  await services.bugFeedback.report(li, { kind: FeedbackKind.USABILITY_SUGGESTION, title: '策略配置页保存按钮位置不明显', description: '长页面需要滚动到底部才能保存，建议固定在页面底部。' });
  const support = await services.supportRequests.request(wang, { projectId: dispatchNetwork.id, content: '下周到客户现场演示跨网段远程控制', wantedAt: new Date(Date.now() + 3 * DAY) });
  await services.supportRequests.act(zhang, { requestId: support.id, action: SupportAction.PROPOSE_TIME, expectedVersion: support.version, at: new Date(Date.now() + 5 * DAY) });

  const substation = await projectNamed('变电站终端安全接入改造');
  await services.approvals.requestResource(li, { projectId: substation.id, candidateId: zhang.id, reason: '终端批量部署阶段需要增援一名售前' });
  const schedule = await services.documents.create(li, {
    projectId: substation.id,
    kind: DocumentKind.IMPLEMENTATION_SCHEDULE,
    title: '项目实施与进度计划表',
    tasks: [
      { title: '服务器上架与系统安装', start: dayFromNow(2), end: dayFromNow(3) },
      { title: '终端批量安装与策略配置', start: dayFromNow(4), end: dayFromNow(10) },
    ],
  });
  await services.documents.submit(li, { documentId: schedule.id, expectedVersion: schedule.version });

  const governmentNetwork = await projectNamed('政务外网终端管理平台');
  const testPlan = await services.documents.create(zhao, {
    projectId: governmentNetwork.id,
    kind: DocumentKind.TEST_PLAN,
    title: '测试预案：国产操作系统兼容性',
    body: '环境：麒麟 V10 终端 20 台、统信 UOS 终端 10 台；功能项：远程控制、文件传输、权限策略。',
  });
  await services.documents.submit(zhao, { documentId: testPlan.id, expectedVersion: testPlan.version });
  await services.projectTasks.requestInfo(zhao, { projectId: governmentNetwork.id, description: '请客户提供测试网段的 IP 规划和防火墙策略', dueOn: dayFromNow(3) });

  await services.presalesApplications.apply(liu, {
    customerId: dispatchNetwork.customerId,
    name: '调度大厅大屏终端运维',
    supportTypes: [SupportType.EXCHANGE, SupportType.PRODUCT_TEST],
    requirements: '客户希望了解大屏终端的远程运维方案，并在测试环境验证。',
  });
  await services.uninitiatedWork.record(zhang, {
    customerId: dispatchNetwork.customerId,
    projectName: '调度中心二期扩容（未立项）',
    salesId: wang.id,
    description: '客户电话咨询二期扩容的授权方式，已远程讲解一次。',
  });

  const afterSales = await services.dataSource.getRepository(Project).findOneByOrFail({ stage: ProjectStage.AFTER_SALES, name: '数据中心运维审计二期' });
  await services.projectTasks.requestUpgrade(liu, { projectId: afterSales.id, kind: UpgradeKind.TECHNICAL, description: '升级审计系统到 5.2 并打安全补丁' });
  await seedDemoServiceDesk(services, person);
}

const dayFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
