import { type DataSource, In } from 'typeorm';
import { hashPassword } from '../platform/auth/password';
import { Customer } from '../modules/customers/customer.entity';
import { Initiation } from '../modules/projects/initiation.entity';
import { ProjectMember } from '../modules/projects/project-member.entity';
import { ProjectMemberRole } from '../modules/projects/project-member-role';
import { Project } from '../modules/projects/project.entity';
import { ProjectStage } from '../modules/projects/project-stage';
import { SupportType } from '../modules/projects/support-type';
import { Role } from '../modules/users/role.enum';
import { User } from '../modules/users/user.entity';
import { seedCustomerProfiles } from './demo-customers';

export const DEMO_PASSWORD = 'liaison2026';

const PEOPLE: [string, string, Role[]][] = [
  ['wang.haitao', '王海涛', [Role.SALES]],
  ['liu.xiaoyan', '刘晓燕', [Role.SALES]],
  ['chen.zhiqiang', '陈志强', [Role.SALES_DIRECTOR]],
  ['zhang.wei', '张伟', [Role.PRESALES]],
  ['li.na', '李娜', [Role.PRESALES]],
  ['zhao.lei', '赵磊', [Role.PRESALES]],
  ['sun.li', '孙丽', [Role.PRESALES_MANAGER]],
  ['zhou.jianguo', '周建国', [Role.TECH_DIRECTOR]],
  ['wu.guohua', '吴国华', [Role.CHIEF_ENGINEER]],
  ['zheng.hong', '郑宏', [Role.GM]],
  ['huang.jun', '黄俊', [Role.RND_MANAGER]],
  ['he.ming', '何明', [Role.RND]],
  ['lin.fang', '林芳', [Role.TESTER]],
  ['ma.jun', '马骏（客户）', [Role.CUSTOMER]],
  ['admin', '系统管理员', [Role.ADMIN]],
];

const CUSTOMERS: [string, string][] = [
  ['华东电网信息通信中心', '能源'],
  ['建设银行江苏省分行', '金融'],
  ['上海市第六人民医院', '医疗'],
  ['苏州工业园区管委会', '政府'],
  ['吉利汽车研究院', '制造'],
  ['南京地铁运营有限公司', '交通'],
  ['广东移动网络部', '通信'],
  ['北京师范大学信息网络中心', '教育'],
];

const S = SupportType;
// [customer index, project name, stage, sales, first pre-sales, second pre-sales, support types]
const PROJECTS: [number, string, ProjectStage, string, string, string | null, SupportType[]][] = [
  [0, '调度数据网远程运维平台', ProjectStage.PRESALES, 'wang.haitao', 'zhang.wei', 'li.na', [S.EXCHANGE, S.PRODUCT_TEST]],
  [0, '变电站终端安全接入改造', ProjectStage.IMPLEMENTATION, 'wang.haitao', 'li.na', 'zhao.lei', [S.IMPLEMENTATION, S.TRAINING]],
  [1, '网点远程桌面集中管控', ProjectStage.BIDDING, 'liu.xiaoyan', 'zhang.wei', 'zhao.lei', [S.EXCHANGE, S.DOCUMENT_WRITING]],
  [1, '数据中心运维审计二期', ProjectStage.AFTER_SALES, 'liu.xiaoyan', 'zhao.lei', null, [S.AFTER_SALES]],
  [2, '院内终端远程协助系统', ProjectStage.INITIATED, 'wang.haitao', 'li.na', 'zhang.wei', [S.EXCHANGE]],
  [2, 'HIS 系统桌面运维支持', ProjectStage.ACCEPTED, 'wang.haitao', 'zhang.wei', null, [S.IMPLEMENTATION, S.AFTER_SALES]],
  [3, '政务外网终端管理平台', ProjectStage.PRESALES, 'liu.xiaoyan', 'zhao.lei', 'li.na', [S.EXCHANGE, S.PRODUCT_TEST, S.DOCUMENT_WRITING]],
  [3, '一网通办坐席远程支持', ProjectStage.WON, 'liu.xiaoyan', 'li.na', null, [S.IMPLEMENTATION]],
  [4, '研发网络远程控制试点', ProjectStage.PRESALES, 'wang.haitao', 'zhang.wei', 'zhao.lei', [S.PRODUCT_TEST]],
  [4, '工厂车间终端集中运维', ProjectStage.LOST, 'wang.haitao', 'zhao.lei', null, [S.EXCHANGE]],
  [5, '线网运营中心远程维护', ProjectStage.IMPLEMENTATION, 'liu.xiaoyan', 'zhang.wei', 'li.na', [S.IMPLEMENTATION, S.TRAINING]],
  [5, '车站 AFC 终端运维支撑', ProjectStage.INITIATED, 'liu.xiaoyan', 'li.na', null, [S.EXCHANGE, S.PRODUCT_TEST]],
  [6, '网络部远程运维平台扩容', ProjectStage.BIDDING, 'wang.haitao', 'zhao.lei', 'zhang.wei', [S.DOCUMENT_WRITING]],
  [6, '营业厅终端统一管控', ProjectStage.CLOSED, 'wang.haitao', 'li.na', null, [S.AFTER_SALES]],
  [7, '校园网桌面云运维支持', ProjectStage.PRESALES, 'liu.xiaoyan', 'zhang.wei', null, [S.EXCHANGE, S.TRAINING]],
  [7, '实验室终端远程教学平台', ProjectStage.AFTER_SALES, 'liu.xiaoyan', 'zhao.lei', 'li.na', [S.AFTER_SALES, S.TRAINING]],
  [0, '配网自动化主站技术交流', ProjectStage.INITIATED, 'wang.haitao', 'zhang.wei', null, [S.EXCHANGE]],
  [1, '信用卡中心坐席远程协助', ProjectStage.WON, 'liu.xiaoyan', 'zhao.lei', 'zhang.wei', [S.IMPLEMENTATION, S.DOCUMENT_WRITING]],
  [2, '影像科工作站运维优化', ProjectStage.PRESALES, 'wang.haitao', 'li.na', null, [S.PRODUCT_TEST]],
  [5, '新线开通终端部署', ProjectStage.ACCEPTED, 'liu.xiaoyan', 'li.na', 'zhao.lei', [S.IMPLEMENTATION]],
];

const REQUIREMENTS: Record<SupportType, string> = {
  [S.EXCHANGE]: '向客户信息中心介绍远程运维产品架构，重点演示跨网段远程控制和审计回放。',
  [S.TRAINING]: '为客户运维人员安排两天操作培训，销售提前准备培训环境和学员名单。',
  [S.DOCUMENT_WRITING]: '按招标要求编写技术方案和点对点应答，大纲先与销售确认。',
  [S.PRODUCT_TEST]: '在客户测试环境验证 Windows 与国产操作系统下的远程控制、文件传输和权限策略。',
  [S.IMPLEMENTATION]: '完成服务器部署、终端批量安装和策略配置，按实施进度计划表推进。',
  [S.AFTER_SALES]: '负责项目售后技术支持，处理补丁升级和日常故障。',
};

const DEMO_DOMAIN = '@liaison.demo';

/**
 * On an empty database: people for every role, customers, and ~20 projects across the stages.
 * Returns the demo people (also on later starts, so the banner can list them again).
 */
export async function seedDemoData(dataSource: DataSource): Promise<User[]> {
  const users = dataSource.getRepository(User);
  if ((await users.count()) > 0) {
    const order = PEOPLE.map(([login]) => `${login}${DEMO_DOMAIN}`);
    const found = await users.createQueryBuilder('u').where('u.email = ANY(:emails)', { emails: order }).getMany();
    return found.sort((a, b) => order.indexOf(a.email) - order.indexOf(b.email));
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const users = await manager.save(
      PEOPLE.map(([login, name, roles]) => manager.create(User, { email: `${login}${DEMO_DOMAIN}`, name, roles, passwordHash })),
    );
    const byLogin = new Map(users.map((user) => [user.email.split('@')[0], user]));
    const customers = await manager.save(CUSTOMERS.map(([name, industry]) => manager.create(Customer, { name, industry })));
    await seedCustomerProfiles(manager, customers);
    // The portal user belongs to the first customer; the first engineer is a senior (second tier).
    await manager.update(User, { id: byLogin.get('ma.jun')!.id }, { customerId: customers[0].id });
    await manager.update(User, { id: byLogin.get('zhang.wei')!.id }, { senior: true });
    const submittedBy = byLogin.get('chen.zhiqiang')!;

    for (const [index, [customerIndex, name, stage, sales, first, second, supportTypes]] of PROJECTS.entries()) {
      const daysAgo = (PROJECTS.length - index) * 3;
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      const project = await manager.save(
        manager.create(Project, { name, customerId: customers[customerIndex].id, stage, createdAt: at, stageChangedAt: at }),
      );
      const wantedStart = at.toISOString().slice(0, 10);
      await manager.insert(Initiation, {
        projectId: project.id,
        revision: 1,
        customerId: project.customerId,
        projectName: name,
        responsibleSalesId: byLogin.get(sales)!.id,
        firstPresalesId: byLogin.get(first)!.id,
        secondPresalesId: second ? byLogin.get(second)!.id : null,
        supportTypes,
        requirements: supportTypes.map((type) => REQUIREMENTS[type]).join('\n'),
        wantedStart,
        wantedEnd: new Date(at.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
        submittedById: submittedBy.id,
      });
      await manager.insert(ProjectMember, [
        { projectId: project.id, userId: byLogin.get(sales)!.id, role: ProjectMemberRole.RESPONSIBLE_SALES },
        { projectId: project.id, userId: byLogin.get(first)!.id, role: ProjectMemberRole.FIRST_PRESALES },
        ...(second ? [{ projectId: project.id, userId: byLogin.get(second)!.id, role: ProjectMemberRole.SECOND_PRESALES }] : []),
      ]);
    }
    return manager.getRepository(User).findBy({ id: In(users.map((user) => user.id)) }).then((fresh) => users.map((user) => fresh.find((row) => row.id === user.id)!));
  });
}
