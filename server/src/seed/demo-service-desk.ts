import type { Services } from '../context';
import { Contact } from '../modules/customers/contact.entity';
import { Customer } from '../modules/customers/customer.entity';
import { KnowledgeArticle } from '../modules/knowledge/knowledge-article.entity';
import { Project } from '../modules/projects/project.entity';
import { TicketAction, TicketCategory, TicketChannel, TicketPriority } from '../modules/tickets/ticket.enums';
import type { Ticket } from '../modules/tickets/ticket.entity';
import type { User } from '../modules/users/user.entity';

/**
 * The service desk at work, through the services: a portal ticket just filed, one in progress
 * on an after-sales project, one waiting for the customer (its clock paused), one resolved and
 * awaiting confirmation, and one closed, rated by the customer, with its write-up published in the
 * knowledge base beside a second article.
 */
export async function seedDemoServiceDesk(services: Services, person: (login: string) => User): Promise<void> {
  const { tickets, knowledge, satisfaction, dataSource } = services;
  const [zhang, li, zhao, maJun] = ['zhang.wei', 'li.na', 'zhao.lei', 'ma.jun'].map(person);
  const customerNamed = (name: string) => dataSource.getRepository(Customer).findOneByOrFail({ name });
  const contactOf = async (customer: Customer) => (await dataSource.getRepository(Contact).findOneByOrFail({ customerId: customer.id })).id;
  const step = (by: User, ticket: Ticket, action: TicketAction, extra: Partial<Record<'note' | 'solution' | 'cause' | 'steps' | 'lessons', string>> & { publishArticle?: boolean } = {}) =>
    tickets.step(by, { ticketId: ticket.id, expectedVersion: ticket.version, action, ...extra });

  await tickets.create(maJun, {
    channel: TicketChannel.WEB_PORTAL,
    title: '调度台远程控制全部中断',
    description: '今天上午起调度台所有终端都无法被远程控制，客户端提示"连接网关超时"，影响夜班交接。',
    category: TicketCategory.FAULT,
    priority: TicketPriority.URGENT,
    product: '远程运维平台',
    productVersion: '5.2.0',
    errorText: 'Gateway timeout (code 504)',
  });

  const bank = await customerNamed('建设银行江苏省分行');
  const audit = await dataSource.getRepository(Project).findOneByOrFail({ name: '数据中心运维审计二期' });
  let inProgress = await tickets.create(zhao, {
    channel: TicketChannel.PHONE,
    customerId: bank.id,
    contactId: await contactOf(bank),
    projectId: audit.id,
    title: '审计录像回放卡顿',
    description: '回放超过 2 小时的审计录像时画面卡顿，拖动进度条后黑屏。',
    category: TicketCategory.FAULT,
    priority: TicketPriority.HIGH,
    product: '运维审计系统',
    productVersion: '2.8.1',
    module: '审计回放',
  });
  inProgress = await step(zhao, inProgress, TicketAction.ACKNOWLEDGE);
  await step(zhao, inProgress, TicketAction.START);

  const hospital = await customerNamed('上海市第六人民医院');
  let waiting = await tickets.create(li, {
    channel: TicketChannel.EMAIL,
    customerId: hospital.id,
    contactId: await contactOf(hospital),
    title: '部分工作站无法安装客户端',
    description: '影像科 3 台工作站安装客户端时提示缺少 VC 运行库。',
    category: TicketCategory.CONFIGURATION,
    priority: TicketPriority.MEDIUM,
  });
  waiting = await step(li, waiting, TicketAction.ACKNOWLEDGE);
  await step(li, waiting, TicketAction.WAIT_FOR_CUSTOMER, { note: '请提供工作站的操作系统版本和安装日志（%TEMP%\\setup.log）。' });

  const park = await customerNamed('苏州工业园区管委会');
  let resolved = await tickets.create(zhao, {
    channel: TicketChannel.CHAT,
    customerId: park.id,
    title: '如何批量导出终端清单',
    description: '需要把所有已接入终端导出为 Excel 给领导汇报。',
    category: TicketCategory.CONSULTATION,
    priority: TicketPriority.LOW,
  });
  resolved = await step(zhao, resolved, TicketAction.ACKNOWLEDGE);
  await step(zhao, resolved, TicketAction.RESOLVE, { solution: '终端管理 → 全部终端 → 右上角"导出"，选择 Excel 格式即可。' });

  const grid = await customerNamed('华东电网信息通信中心');
  let closed = await tickets.create(zhang, {
    channel: TicketChannel.PHONE,
    customerId: grid.id,
    contactId: await contactOf(grid),
    title: '打印机驱动安装失败，远程打印不可用',
    description: '远程会话中映射打印机时驱动安装失败，printer driver install failed (0x00000bcb)。',
    category: TicketCategory.FAULT,
    priority: TicketPriority.HIGH,
    product: '远程运维平台',
    productVersion: '5.2.0',
  });
  closed = await step(zhang, closed, TicketAction.ACKNOWLEDGE);
  closed = await step(zhang, closed, TicketAction.RESOLVE, { solution: '在服务端安装通用打印驱动并开启"使用通用驱动映射打印机"。' });
  closed = await step(zhang, closed, TicketAction.CLOSE, {
    cause: '终端的打印机型号在服务端没有对应驱动，映射时驱动安装被组策略阻止。',
    solution: '服务端安装通用打印驱动（Universal Print Driver），策略中开启"使用通用驱动映射打印机"。',
    steps: '1. 服务端安装通用打印驱动\n2. 策略 → 外设 → 打印机 → 勾选使用通用驱动\n3. 客户端重新连接',
    lessons: '交付前检查客户常用打印机型号，提前准备驱动。',
    publishArticle: true,
  });
  // The write-up became a draft; the manager reviews it and the technical director publishes it.
  const drafted = await dataSource.getRepository(KnowledgeArticle).findOneByOrFail({ sourceTicketId: closed.id });
  const reviewed = await knowledge.review(person('sun.li'), drafted.id, drafted.version);
  await knowledge.publish(person('zhou.jianguo'), reviewed.id, reviewed.version);
  const written = await knowledge.create(li, {
    title: 'VC 运行库缺失导致客户端安装失败',
    product: '远程运维平台',
    cause: '工作站缺少 Visual C++ 2015–2022 运行库 (vcruntime140.dll)，安装程序无法启动服务。',
    solution: '先安装 VC_redist.x64.exe，再重新运行客户端安装包。',
    steps: '1. 下载 VC_redist.x64.exe\n2. 以管理员身份安装\n3. 重新安装客户端',
    lessons: '离线环境的安装包应内置运行库。',
  });
  await knowledge.publish(person('zhou.jianguo'), (await knowledge.review(person('sun.li'), written.id, written.version)).id, written.version);
  await satisfaction.answer(maJun, { ticketId: closed.id, responseSpeed: 5, resolution: 4, professionalism: 5, attitude: 5, comment: '响应很快，远程打印已恢复。' });
}
