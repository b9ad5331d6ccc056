import type { DataSource } from 'typeorm';
import { hashPassword } from '../../server/src/platform/auth/password';
import { Customer } from '../../server/src/modules/customers/customer.entity';
import { Initiation } from '../../server/src/modules/projects/initiation.entity';
import { ProjectMember } from '../../server/src/modules/projects/project-member.entity';
import { ProjectMemberRole } from '../../server/src/modules/projects/project-member-role';
import { Project } from '../../server/src/modules/projects/project.entity';
import { ProjectStage } from '../../server/src/modules/projects/project-stage';
import { SupportType } from '../../server/src/modules/projects/support-type';
import { Role } from '../../server/src/modules/users/role.enum';
import { User } from '../../server/src/modules/users/user.entity';

export const PASSWORD = 'correct horse battery';
const passwordHash = hashPassword(PASSWORD); // argon2 is slow on purpose: hash once per run
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

export async function buildUser(dataSource: DataSource, roles: Role[], name?: string, extra: Partial<Pick<User, 'customerId' | 'senior'>> = {}): Promise<User> {
  const id = unique();
  return dataSource.getRepository(User).save({
    name: name ?? `${roles.join('+').toLowerCase()} ${id}`,
    email: `${roles[0].toLowerCase()}.${id}@test.liaison`,
    roles,
    passwordHash: await passwordHash,
    ...extra,
  });
}

/** A portal user of `customer` (role CUSTOMER only). */
export const buildCustomerUser = (dataSource: DataSource, customer: Pick<Customer, 'id'>, name?: string): Promise<User> =>
  buildUser(dataSource, [Role.CUSTOMER], name, { customerId: customer.id });

export function buildCustomer(dataSource: DataSource, name = `客户 ${unique()}`): Promise<Customer> {
  return dataSource.getRepository(Customer).save({ name, industry: '测试' });
}

export interface ProjectParts {
  customer?: Customer;
  sales?: User;
  firstPresales?: User;
  secondPresales?: User | null;
  stage?: ProjectStage;
  name?: string;
  supportTypes?: SupportType[];
}

/** A project with its initiation form and members; creates whatever parent it is not given. */
export async function buildProject(dataSource: DataSource, parts: ProjectParts = {}): Promise<Project & { parts: Required<Omit<ProjectParts, 'stage' | 'name' | 'supportTypes'>> }> {
  const customer = parts.customer ?? (await buildCustomer(dataSource));
  const sales = parts.sales ?? (await buildUser(dataSource, [Role.SALES]));
  const firstPresales = parts.firstPresales ?? (await buildUser(dataSource, [Role.PRESALES]));
  const secondPresales = parts.secondPresales === undefined ? null : parts.secondPresales;
  const name = parts.name ?? `项目 ${unique()}`;
  const project = await dataSource.getRepository(Project).save({ name, customerId: customer.id, stage: parts.stage ?? ProjectStage.INITIATED });
  await dataSource.getRepository(Initiation).insert({
    projectId: project.id,
    revision: 1,
    customerId: customer.id,
    projectName: name,
    responsibleSalesId: sales.id,
    firstPresalesId: firstPresales.id,
    secondPresalesId: secondPresales?.id ?? null,
    supportTypes: parts.supportTypes ?? [SupportType.EXCHANGE],
    requirements: '演示远程控制与审计回放功能',
    submittedById: sales.id,
  });
  await dataSource.getRepository(ProjectMember).insert([
    { projectId: project.id, userId: sales.id, role: ProjectMemberRole.RESPONSIBLE_SALES },
    { projectId: project.id, userId: firstPresales.id, role: ProjectMemberRole.FIRST_PRESALES },
    ...(secondPresales ? [{ projectId: project.id, userId: secondPresales.id, role: ProjectMemberRole.SECOND_PRESALES }] : []),
  ]);
  return Object.assign(project, { parts: { customer, sales, firstPresales, secondPresales } });
}

/** Signs a user in through the API and returns the client holding the cookie. */
export async function signedIn<C extends { login(email: string, password: string): Promise<{ errors?: unknown[] }> }>(client: C, user: User): Promise<C> {
  const response = await client.login(user.email, PASSWORD);
  if (response.errors) throw new Error(`login failed for ${user.email}: ${JSON.stringify(response.errors)}`);
  return client;
}
