import { afterEach, describe, expect, it } from 'vitest';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { companyDayOf } from '../../server/src/platform/company-calendar';
import { statementsSent } from '../../server/src/platform/db/query-counter';
import { EventRecord } from '../../server/src/platform/events/event.entity';
import { Contact } from '../../server/src/modules/customers/contact.entity';
import { CustomerContract } from '../../server/src/modules/customers/customer-contract.entity';
import { CustomerEquipment } from '../../server/src/modules/customers/customer-equipment.entity';
import { CustomerProduct } from '../../server/src/modules/customers/customer-product.entity';
import { Customer } from '../../server/src/modules/customers/customer.entity';
import { SlaClock } from '../../server/src/modules/sla/sla-clock.entity';
import { SlaPolicy } from '../../server/src/modules/sla/sla-policy.entity';
import { Role } from '../../server/src/modules/users/role.enum';
import { User } from '../../server/src/modules/users/user.entity';
import { buildCustomer, buildCustomerUser, buildProject, buildUser } from '../helpers/factories';
import { ApiClient, codes, type GraphQLResponse } from '../helpers/graphql-client';
import { serverSuite } from '../helpers/server-suite';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const PROFILE = `query($id: ID!) { customer(id: $id) { id name industry address version openTicketCount serviceExpiresOn
  contacts { id name title email phone version }
  products { id product version serialNumber purchasedOn recordVersion }
  contracts { id number startsOn serviceExpiresOn active slaPolicy { id name } version }
  equipment { id name model serialNumber location version }
  tickets { id number title }
  projects { id name } } }`;
const MY_ORGANISATION = '{ myOrganisation { id name contacts { name } contracts { id } projects { id } serviceExpiresOn } }';

const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name industry address version } }';
const UPDATE_CUSTOMER = 'mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { id name industry address version } }';
const SAVE_CONTACT = 'mutation($input: SaveContactInput!) { saveContact(input: $input) { id name title email phone version } }';
const REMOVE_CONTACT = 'mutation($id: ID!) { removeContact(id: $id) }';
const SAVE_PRODUCT = 'mutation($input: SaveCustomerProductInput!) { saveCustomerProduct(input: $input) { id product version serialNumber purchasedOn recordVersion } }';
const REMOVE_PRODUCT = 'mutation($id: ID!) { removeCustomerProduct(id: $id) }';
const SAVE_CONTRACT = 'mutation($input: SaveCustomerContractInput!) { saveCustomerContract(input: $input) { id number startsOn serviceExpiresOn active slaPolicy { id } version } }';
const REMOVE_CONTRACT = 'mutation($id: ID!) { removeCustomerContract(id: $id) }';
const SAVE_EQUIPMENT = 'mutation($input: SaveCustomerEquipmentInput!) { saveCustomerEquipment(input: $input) { id name model serialNumber location version } }';
const REMOVE_EQUIPMENT = 'mutation($id: ID!) { removeCustomerEquipment(id: $id) }';
const CREATE_PORTAL_USER = 'mutation($input: CreatePortalUserInput!) { createPortalUser(input: $input) { id name email roles } }';
const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number slaClocks { kind targetMinutes } } }';
const SAVE_POLICY = 'mutation($input: SaveSlaPolicyInput!) { saveSlaPolicy(input: $input) { id } }';

const today = () => companyDayOf(new Date());
/** The company-time day `days` after today. */
const dayFromToday = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A saved record as a save mutation answers it. */
type SavedRecord = { id: string } & Record<string, unknown>;

/** One kind of record on a profile, for the compare-and-set tests. */
interface RecordKind {
  label: string;
  save: string;
  /** The mutation's field in the response. */
  key: string;
  /** The compare-and-set field (`recordVersion` on products: their `version` is the product's). */
  versionField: 'version' | 'recordVersion';
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  /** Contacts are only marked removed; the other records are deleted. */
  softRemoved: boolean;
  added: Record<string, unknown>;
  changed: Record<string, unknown>;
  /** What a stale save tries to write. */
  stale: Record<string, unknown>;
}

const RECORD_KINDS: RecordKind[] = [
  {
    label: 'contact',
    save: SAVE_CONTACT,
    key: 'saveContact',
    versionField: 'version',
    entity: Contact,
    table: 'contact',
    softRemoved: true,
    added: { name: '王经理', email: 'wang@example.com' },
    changed: { name: '王主任', title: '信息中心', email: 'wang@example.com' },
    stale: { name: '王科长', title: null, email: null, phone: '139' },
  },
  {
    label: 'product',
    save: SAVE_PRODUCT,
    key: 'saveCustomerProduct',
    versionField: 'recordVersion',
    entity: CustomerProduct,
    table: 'customer_product',
    softRemoved: false,
    added: { product: '堡垒机', version: '3.0' },
    changed: { product: '堡垒机', version: '3.1', serialNumber: 'SN-1' },
    stale: { product: '防火墙', version: '9.9', serialNumber: null },
  },
  {
    label: 'contract',
    save: SAVE_CONTRACT,
    key: 'saveCustomerContract',
    versionField: 'version',
    entity: CustomerContract,
    table: 'customer_contract',
    softRemoved: false,
    added: { number: 'HT-1', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31' },
    changed: { number: 'HT-1', startsOn: '2026-01-01', serviceExpiresOn: '2027-12-31' },
    stale: { number: 'HT-9', startsOn: '2025-01-01', serviceExpiresOn: '2025-06-30' },
  },
  {
    label: 'equipment',
    save: SAVE_EQUIPMENT,
    key: 'saveCustomerEquipment',
    versionField: 'version',
    entity: CustomerEquipment,
    table: 'customer_equipment',
    softRemoved: false,
    added: { name: '交换机' },
    changed: { name: '交换机', location: '机房' },
    stale: { name: '路由器', model: 'R-1', location: null },
  },
];

interface Profile {
  id: string;
  name: string;
  industry: string | null;
  address: string | null;
  version: number;
  openTicketCount: number;
  serviceExpiresOn: string | null;
  contacts: { id: string; name: string; title: string | null; email: string | null; phone: string | null; version: number }[];
  products: { id: string; product: string; version: string | null; serialNumber: string | null; purchasedOn: string | null; recordVersion: number }[];
  contracts: { id: string; number: string; startsOn: string; serviceExpiresOn: string; active: boolean; slaPolicy: { id: string; name: string } | null; version: number }[];
  equipment: { id: string; name: string; model: string | null; serialNumber: string | null; location: string | null; version: number }[];
  tickets: { id: string; number: string; title: string }[];
  projects: { id: string; name: string }[];
}

describe('customer profiles (客户档案, SPEC §7)', () => {
  const suite = serverSuite();
  const { as } = suite;
  const ds = () => suite.server.dataSource;
  const ok = <K extends string, T>(response: GraphQLResponse<Record<K, T>>, key: K): T => {
    expect(response.errors).toBeUndefined();
    return response.data![key];
  };
  const fields = (response: GraphQLResponse) => {
    expect(codes(response)).toEqual(['VALIDATION']);
    return response.errors![0].extensions!.fields;
  };
  const ticketFor = async (api: ApiClient, customerId: string, title: string, priority = 'HIGH') =>
    ok(
      await api.request<{ createTicket: { id: string; number: string; slaClocks: { kind: string; targetMinutes: number }[] } }>(CREATE_TICKET, {
        input: { channel: 'PHONE', customerId, title, description: `${title}：终端无法连接`, category: 'FAULT', priority },
      }),
      'createTicket',
    );
  const defaultPolicy = () => ds().getRepository(SlaPolicy).findOneByOrFail({ isDefault: true });

  // The truncation between tests spares sla_policy (the migration's default must survive).
  afterEach(async () => {
    await ds().getRepository(SlaPolicy).delete({ isDefault: false });
  });

  describe('signing in first', () => {
    it('every query and mutation answers UNAUTHENTICATED without a session', async () => {
      const customer = await buildCustomer(ds());
      const api = await as(null);
      const input = { customerId: customer.id, name: 'x', number: 'x', product: 'x', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31' };
      const operations: [string, Record<string, unknown>][] = [
        [PROFILE, { id: customer.id }],
        [MY_ORGANISATION, {}],
        [CREATE_CUSTOMER, { input: { name: '新客户' } }],
        [UPDATE_CUSTOMER, { input: { id: customer.id, expectedVersion: customer.version, name: '新名字' } }],
        [SAVE_CONTACT, { input: { customerId: customer.id, name: '张三' } }],
        [REMOVE_CONTACT, { id: UNKNOWN }],
        [SAVE_PRODUCT, { input: { customerId: customer.id, product: '堡垒机' } }],
        [REMOVE_PRODUCT, { id: UNKNOWN }],
        [SAVE_CONTRACT, { input: { customerId: customer.id, number: 'HT-1', startsOn: input.startsOn, serviceExpiresOn: input.serviceExpiresOn } }],
        [REMOVE_CONTRACT, { id: UNKNOWN }],
        [SAVE_EQUIPMENT, { input: { customerId: customer.id, name: '服务器' } }],
        [REMOVE_EQUIPMENT, { id: UNKNOWN }],
        [CREATE_PORTAL_USER, { input: { customerId: customer.id, name: '客户甲', email: 'a@example.com', password: 'long enough password' } }],
      ];
      for (const [query, variables] of operations) {
        const response = await api.request(query, variables);
        expect(codes(response), query).toEqual(['UNAUTHENTICATED']);
      }
    });
  });

  describe('reading a profile', () => {
    it('staff read any customer; a portal user only their own organisation, and null for another', async () => {
      const [mine, other] = [await buildCustomer(ds(), '甲公司'), await buildCustomer(ds(), '乙公司')];
      const portal = await as(await buildCustomerUser(ds(), mine));
      const tester = await as(await buildUser(ds(), [Role.TESTER]));
      expect(ok(await tester.request<{ customer: Profile }>(PROFILE, { id: other.id }), 'customer').name).toBe('乙公司');
      expect(ok(await portal.request<{ customer: Profile }>(PROFILE, { id: mine.id }), 'customer').name).toBe('甲公司');
      expect(ok(await portal.request<{ customer: Profile | null }>(PROFILE, { id: other.id }), 'customer')).toBeNull();
      expect(ok(await tester.request<{ customer: Profile | null }>(PROFILE, { id: UNKNOWN }), 'customer')).toBeNull();
      expect(ok(await tester.request<{ customer: Profile | null }>(PROFILE, { id: 'not-a-uuid' }), 'customer')).toBeNull();
    });

    it('myOrganisation: the portal user’s organisation; null for staff', async () => {
      const customer = await buildCustomer(ds(), '甲公司');
      await ds().getRepository(Contact).insert({ customerId: customer.id, name: '王经理' });
      await ds().getRepository(CustomerContract).insert({ customerId: customer.id, number: 'HT-1', startsOn: dayFromToday(-10), serviceExpiresOn: dayFromToday(100), slaPolicyId: null });
      const portal = await as(await buildCustomerUser(ds(), customer));
      expect(ok(await portal.request<{ myOrganisation: unknown }>(MY_ORGANISATION), 'myOrganisation')).toEqual({
        id: customer.id,
        name: '甲公司',
        contacts: [{ name: '王经理' }],
        contracts: [], // contracts are internal
        projects: [],
        serviceExpiresOn: dayFromToday(100), // but the customer knows until when they are served
      });
      const staff = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
      expect(ok(await staff.request<{ myOrganisation: unknown }>(MY_ORGANISATION), 'myOrganisation')).toBeNull();
    });

    it('the profile page in one request: contacts, products, contracts (active flag, policy), equipment, tickets and projects', async () => {
      const admin = await as(await buildUser(ds(), [Role.ADMIN]));
      const manager = await buildUser(ds(), [Role.PRESALES_MANAGER]);
      const managerApi = await as(manager);
      const customer = ok(await admin.request<{ createCustomer: Customer }>(CREATE_CUSTOMER, { input: { name: ' 华东电网 ', industry: '能源', address: '上海市' } }), 'createCustomer');
      expect(customer).toEqual({ id: expect.any(String), name: '华东电网', industry: '能源', address: '上海市', version: 1 });
      const policy = ok(
        await admin.request<{ saveSlaPolicy: { id: string } }>(SAVE_POLICY, {
          input: {
            name: '金牌服务',
            calendarId: (await defaultPolicy()).calendarId,
            warnAtShare: 0.75,
            targets: ['URGENT', 'HIGH', 'MEDIUM', 'LOW'].map((priority, i) => ({ priority, responseMinutes: 15 * (i + 1), resolutionMinutes: 120 * (i + 1) })),
          },
        }),
        'saveSlaPolicy',
      );
      const contact = ok(await admin.request<{ saveContact: Profile['contacts'][number] }>(SAVE_CONTACT, { input: { customerId: customer.id, name: '王经理', title: '信息中心', email: 'wang@example.com', phone: '138' } }), 'saveContact');
      const product = ok(
        await admin.request<{ saveCustomerProduct: Profile['products'][number] }>(SAVE_PRODUCT, { input: { customerId: customer.id, product: '运维审计系统', version: '5.2.0', serialNumber: 'SN-001', purchasedOn: '2025-03-01' } }),
        'saveCustomerProduct',
      );
      const active = ok(
        await admin.request<{ saveCustomerContract: Profile['contracts'][number] }>(SAVE_CONTRACT, {
          input: { customerId: customer.id, number: 'HT-2026-01', startsOn: dayFromToday(-30), serviceExpiresOn: dayFromToday(335), slaPolicyId: policy.id },
        }),
        'saveCustomerContract',
      );
      const expired = ok(
        await admin.request<{ saveCustomerContract: Profile['contracts'][number] }>(SAVE_CONTRACT, {
          input: { customerId: customer.id, number: 'HT-2024-07', startsOn: dayFromToday(-400), serviceExpiresOn: dayFromToday(-31) },
        }),
        'saveCustomerContract',
      );
      expect([active.active, expired.active]).toEqual([true, false]);
      expect([contact.version, product.recordVersion, product.version, active.version, expired.version]).toEqual([1, 1, '5.2.0', 1, 1]); // a new record starts at version 1
      const equipment = ok(
        await admin.request<{ saveCustomerEquipment: Profile['equipment'][number] }>(SAVE_EQUIPMENT, { input: { customerId: customer.id, name: '审计网关', model: 'G-200', serialNumber: 'EQ-9', location: '二号机房' } }),
        'saveCustomerEquipment',
      );
      const first = await ticketFor(managerApi, customer.id, '审计回放失败');
      const second = await ticketFor(managerApi, customer.id, '登录超时');
      const project = await buildProject(ds(), { customer: await ds().getRepository(Customer).findOneByOrFail({ id: customer.id }), name: '华东电网审计项目' });
      const foreign = await buildCustomer(ds());
      await ticketFor(managerApi, foreign.id, '别家的工单');

      expect(equipment.version).toBe(1);
      const profile = ok(await managerApi.request<{ customer: Profile }>(PROFILE, { id: customer.id }), 'customer');
      expect(profile).toEqual({
        id: customer.id,
        name: '华东电网',
        industry: '能源',
        address: '上海市',
        version: 1,
        openTicketCount: 2,
        serviceExpiresOn: dayFromToday(335),
        contacts: [contact],
        products: [product],
        contracts: [
          { ...active, slaPolicy: { id: policy.id, name: '金牌服务' } },
          { ...expired, slaPolicy: null },
        ],
        equipment: [equipment],
        tickets: [
          { id: second.id, number: second.number, title: '登录超时' },
          { id: first.id, number: first.number, title: '审计回放失败' },
        ],
        projects: [{ id: project.id, name: '华东电网审计项目' }],
      });
      const limited = ok(await managerApi.request<{ customer: { tickets: { id: string }[] } }>('query($id: ID!) { customer(id: $id) { tickets(limit: 1) { id } } }', { id: customer.id }), 'customer');
      expect(limited.tickets).toEqual([{ id: second.id }]);

      // A portal user of the customer: their tickets, no contracts, no projects.
      const portal = await as(await buildCustomerUser(ds(), { id: customer.id }));
      const seen = ok(await portal.request<{ customer: Profile }>(PROFILE, { id: customer.id }), 'customer');
      expect(seen.contracts).toEqual([]);
      expect(seen.projects).toEqual([]);
      expect(seen.tickets.map((ticket) => ticket.id)).toEqual([second.id, first.id]);
      expect(seen.openTicketCount).toBe(2);

      // A sales who is not on the project and filed none of the tickets sees neither.
      const sales = await as(await buildUser(ds(), [Role.SALES]));
      const salesView = ok(await sales.request<{ customer: Profile }>(PROFILE, { id: customer.id }), 'customer');
      expect([salesView.projects, salesView.tickets, salesView.openTicketCount]).toEqual([[], [], 0]);
      // The project's responsible sales sees the project.
      const projectSales = await as(project.parts.sales);
      expect(ok(await projectSales.request<{ customer: Profile }>(PROFILE, { id: customer.id }), 'customer').projects).toEqual([{ id: project.id, name: '华东电网审计项目' }]);
    });

    it('lists of customers cost the same number of statements for 2 customers as for 6 (DataLoaders, no N+1)', async () => {
      const manager = await buildUser(ds(), [Role.PRESALES_MANAGER]);
      const api = await as(manager);
      const addCustomer = async () => {
        const customer = await buildCustomer(ds());
        await ds().getRepository(Contact).insert({ customerId: customer.id, name: '联系人' });
        await ds().getRepository(CustomerContract).insert({ customerId: customer.id, number: 'HT', startsOn: dayFromToday(-1), serviceExpiresOn: dayFromToday(1), slaPolicyId: (await defaultPolicy()).id });
        await buildProject(ds(), { customer });
        await ticketFor(api, customer.id, '工单');
      };
      const LIST = `{ customers { id openTicketCount serviceExpiresOn contacts { name } products { product } equipment { name }
        contracts { active slaPolicy { name } } tickets(limit: 5) { number } projects { name } } }`;
      // Filing tickets wakes the event bus and the notification dispatcher, whose statements run in
      // the background and count too: measure only once nothing else has been sent for a while.
      const quiet = async () => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          await suite.server.services.bus.settle();
          const sent = statementsSent();
          await new Promise((resolve) => setTimeout(resolve, 150));
          if (statementsSent() === sent) return;
          if (Date.now() > deadline) throw new Error('timed out waiting for the background statements to stop');
        }
      };
      const measure = async () => {
        await quiet();
        const before = statementsSent();
        const response = await api.request<{ customers: unknown[] }>(LIST);
        expect(response.errors).toBeUndefined();
        return { statements: statementsSent() - before, customers: response.data!.customers.length };
      };
      for (let i = 0; i < 2; i += 1) await addCustomer();
      const small = await measure();
      for (let i = 0; i < 4; i += 1) await addCustomer();
      const large = await measure();
      expect([small.customers, large.customers]).toEqual([2, 6]);
      expect(large.statements).toBe(small.statements);
      // session + customers + one batch each of contacts, products, equipment, contracts, tickets,
      // projects and open-ticket counts + the contracts' policies.
      expect(large.statements).toBeLessThanOrEqual(10);
    });
  });

  describe('editing a profile', () => {
    it('the editing roles create and update customers and records; each write records CUSTOMER_CHANGED', async () => {
      const editors = await Promise.all([Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES, Role.PRESALES_MANAGER, Role.ADMIN].map((role) => buildUser(ds(), [role])));
      const ids: string[] = [];
      for (const editor of editors) {
        const api = await as(editor);
        const created = ok(await api.request<{ createCustomer: Customer }>(CREATE_CUSTOMER, { input: { name: `客户-${editor.roles[0]}` } }), 'createCustomer');
        const updated = ok(
          await api.request<{ updateCustomer: Customer }>(UPDATE_CUSTOMER, { input: { id: created.id, expectedVersion: created.version, name: '改名', industry: ' 金融 ', address: '  ' } }),
          'updateCustomer',
        );
        expect(updated).toEqual({ id: created.id, name: '改名', industry: '金融', address: null, version: created.version + 1 });
        const contact = ok(await api.request<{ saveContact: { id: string; version: number } }>(SAVE_CONTACT, { input: { customerId: created.id, name: '李四' } }), 'saveContact');
        const changed = ok(
          await api.request<{ saveContact: unknown }>(SAVE_CONTACT, { input: { id: contact.id, expectedVersion: contact.version, customerId: created.id, name: '李四', email: 'li@example.com' } }),
          'saveContact',
        );
        expect(changed).toEqual({ id: contact.id, name: '李四', title: null, email: 'li@example.com', phone: null, version: contact.version + 1 });
        expect(ok(await api.request<{ removeContact: boolean }>(REMOVE_CONTACT, { id: contact.id }), 'removeContact')).toBe(true);
        const product = ok(await api.request<{ saveCustomerProduct: { id: string; recordVersion: number } }>(SAVE_PRODUCT, { input: { customerId: created.id, product: '堡垒机' } }), 'saveCustomerProduct');
        expect(
          ok(
            await api.request<{ saveCustomerProduct: unknown }>(SAVE_PRODUCT, { input: { id: product.id, expectedVersion: product.recordVersion, customerId: created.id, product: '堡垒机', version: '3.1' } }),
            'saveCustomerProduct',
          ),
        ).toMatchObject({ version: '3.1', recordVersion: product.recordVersion + 1 });
        expect(ok(await api.request<{ removeCustomerProduct: boolean }>(REMOVE_PRODUCT, { id: product.id }), 'removeCustomerProduct')).toBe(true);
        const item = ok(await api.request<{ saveCustomerEquipment: { id: string; version: number } }>(SAVE_EQUIPMENT, { input: { customerId: created.id, name: '交换机' } }), 'saveCustomerEquipment');
        expect(
          ok(
            await api.request<{ saveCustomerEquipment: unknown }>(SAVE_EQUIPMENT, { input: { id: item.id, expectedVersion: item.version, customerId: created.id, name: '交换机', location: '机房' } }),
            'saveCustomerEquipment',
          ),
        ).toMatchObject({ location: '机房', version: item.version + 1 });
        expect(ok(await api.request<{ removeCustomerEquipment: boolean }>(REMOVE_EQUIPMENT, { id: item.id }), 'removeCustomerEquipment')).toBe(true);
        ids.push(created.id);
      }
      const events = await ds().getRepository(EventRecord).find({ where: { type: 'CUSTOMER_CHANGED', entityId: ids[0] }, order: { seq: 'ASC' } });
      expect(events.map((event) => [event.projectId, event.entityType, event.actorId, event.payload.action])).toEqual(
        ['CREATED', 'UPDATED', 'CONTACT_SAVED', 'CONTACT_SAVED', 'CONTACT_REMOVED', 'PRODUCT_SAVED', 'PRODUCT_SAVED', 'PRODUCT_REMOVED', 'EQUIPMENT_SAVED', 'EQUIPMENT_SAVED', 'EQUIPMENT_REMOVED'].map(
          (action) => [null, 'Customer', editors[0].id, action],
        ),
      );
    });

    it('contracts: SALES, SALES_DIRECTOR, PRESALES_MANAGER and ADMIN save and remove them; PRESALES may not', async () => {
      const customer = await buildCustomer(ds());
      const input = { customerId: customer.id, number: 'HT-1', startsOn: dayFromToday(-1), serviceExpiresOn: dayFromToday(1) };
      for (const role of [Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES_MANAGER, Role.ADMIN]) {
        const api = await as(await buildUser(ds(), [role]));
        const saved = ok(await api.request<{ saveCustomerContract: Profile['contracts'][number] }>(SAVE_CONTRACT, { input }), 'saveCustomerContract');
        const changed = ok(
          await api.request<{ saveCustomerContract: Profile['contracts'][number] }>(SAVE_CONTRACT, { input: { ...input, id: saved.id, expectedVersion: saved.version, serviceExpiresOn: dayFromToday(-1) } }),
          'saveCustomerContract',
        );
        expect([saved.active, changed.active, changed.serviceExpiresOn]).toEqual([true, false, dayFromToday(-1)]); // service ended yesterday
        expect(changed.version).toBe(saved.version + 1);
        expect(ok(await api.request<{ removeCustomerContract: boolean }>(REMOVE_CONTRACT, { id: saved.id }), 'removeCustomerContract')).toBe(true);
      }
      const contract = ok(await (await as(await buildUser(ds(), [Role.ADMIN]))).request<{ saveCustomerContract: { id: string } }>(SAVE_CONTRACT, { input }), 'saveCustomerContract');
      const presales = await as(await buildUser(ds(), [Role.PRESALES]));
      expect(codes(await presales.request(SAVE_CONTRACT, { input }))).toEqual(['FORBIDDEN']);
      expect(codes(await presales.request(REMOVE_CONTRACT, { id: contract.id }))).toEqual(['FORBIDDEN']);
      expect(await ds().getRepository(CustomerContract).countBy({ customerId: customer.id })).toBe(1);
    });

    it('a TESTER, an R&D engineer and a portal user may not edit anything (FORBIDDEN)', async () => {
      const customer = await buildCustomer(ds());
      const contact = await ds().getRepository(Contact).save({ customerId: customer.id, name: '王经理' });
      const outsiders = [await buildUser(ds(), [Role.TESTER]), await buildUser(ds(), [Role.RND]), await buildCustomerUser(ds(), customer)];
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE_CUSTOMER, { input: { name: '新客户' } }],
        [UPDATE_CUSTOMER, { input: { id: customer.id, expectedVersion: customer.version, name: '新名字' } }],
        [SAVE_CONTACT, { input: { id: contact.id, expectedVersion: contact.version, customerId: customer.id, name: '改名' } }],
        [REMOVE_CONTACT, { id: contact.id }],
        [SAVE_PRODUCT, { input: { customerId: customer.id, product: '堡垒机' } }],
        [REMOVE_PRODUCT, { id: UNKNOWN }],
        [SAVE_CONTRACT, { input: { customerId: customer.id, number: 'HT', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31' } }],
        [REMOVE_CONTRACT, { id: UNKNOWN }],
        [SAVE_EQUIPMENT, { input: { customerId: customer.id, name: '服务器' } }],
        [REMOVE_EQUIPMENT, { id: UNKNOWN }],
        [CREATE_PORTAL_USER, { input: { customerId: customer.id, name: '客户乙', email: 'b@example.com', password: 'long enough password' } }],
      ];
      for (const outsider of outsiders) {
        const api = await as(outsider);
        for (const [query, variables] of attempts) expect(codes(await api.request(query, variables)), `${outsider.roles[0]} ${query}`).toEqual(['FORBIDDEN']);
      }
      expect(await ds().getRepository(Contact).findOneByOrFail({ id: contact.id })).toMatchObject({ name: '王经理', version: contact.version });
      expect(await ds().getRepository(Customer).findOneByOrFail({ id: customer.id })).toMatchObject({ name: customer.name, version: customer.version });
      expect(await ds().getRepository(EventRecord).countBy({ type: 'CUSTOMER_CHANGED' })).toBe(0);
    });

    it('blank required fields, bad e-mails and dates are VALIDATION with the fields named', async () => {
      const api = await as(await buildUser(ds(), [Role.SALES]));
      const customer = await buildCustomer(ds());
      expect(fields(await api.request(CREATE_CUSTOMER, { input: { name: '   ' } }))).toEqual({ name: 'REQUIRED' });
      expect(fields(await api.request(UPDATE_CUSTOMER, { input: { id: customer.id, expectedVersion: customer.version, name: '' } }))).toEqual({ name: 'REQUIRED' });
      expect(fields(await api.request(SAVE_CONTACT, { input: { customerId: customer.id, name: ' ', email: 'not-an-email' } }))).toEqual({ name: 'REQUIRED', email: 'INVALID_EMAIL' });
      expect(fields(await api.request(SAVE_PRODUCT, { input: { customerId: customer.id, product: '', purchasedOn: '2025-02-30' } }))).toEqual({ product: 'REQUIRED', purchasedOn: 'INVALID_DATE' });
      expect(fields(await api.request(SAVE_EQUIPMENT, { input: { customerId: customer.id, name: '\t' } }))).toEqual({ name: 'REQUIRED' });
      const contract = (input: Record<string, unknown>) => api.request(SAVE_CONTRACT, { input: { customerId: customer.id, number: 'HT-1', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31', ...input } });
      expect(fields(await contract({ number: ' ', startsOn: '2026-13-01', serviceExpiresOn: '20261231' }))).toEqual({ number: 'REQUIRED', startsOn: 'INVALID_DATE', serviceExpiresOn: 'INVALID_DATE' });
      expect(fields(await contract({ startsOn: '2026-02-29' }))).toEqual({ startsOn: 'INVALID_DATE' }); // 2026 is no leap year
      expect(fields(await contract({ startsOn: '2026-06-01', serviceExpiresOn: '2026-05-31' }))).toEqual({ serviceExpiresOn: 'BEFORE_START' });
      expect(fields(await contract({ slaPolicyId: UNKNOWN }))).toEqual({ slaPolicyId: 'NOT_FOUND' });
      expect(fields(await contract({ slaPolicyId: 'nonsense' }))).toEqual({ slaPolicyId: 'NOT_FOUND' });
      expect(ok(await contract({ startsOn: '2026-06-01', serviceExpiresOn: '2026-06-01' }) as GraphQLResponse<{ saveCustomerContract: unknown }>, 'saveCustomerContract')).toMatchObject({ startsOn: '2026-06-01' });
      expect(await ds().getRepository(EventRecord).countBy({ type: 'CUSTOMER_CHANGED' })).toBe(1);
    });

    it('unknown customers and records are NOT_FOUND, and so is another customer’s record', async () => {
      const api = await as(await buildUser(ds(), [Role.ADMIN]));
      const [customer, other] = [await buildCustomer(ds()), await buildCustomer(ds())];
      const contact = await ds().getRepository(Contact).save({ customerId: other.id, name: '别家联系人' });
      const notFound: [string, Record<string, unknown>][] = [
        [UPDATE_CUSTOMER, { input: { id: UNKNOWN, expectedVersion: 1, name: '名字' } }],
        [UPDATE_CUSTOMER, { input: { id: 'x', expectedVersion: 1, name: '名字' } }],
        [SAVE_CONTACT, { input: { customerId: UNKNOWN, name: '张三' } }],
        [SAVE_CONTACT, { input: { id: contact.id, expectedVersion: contact.version, customerId: customer.id, name: '张三' } }],
        [SAVE_CONTACT, { input: { id: UNKNOWN, expectedVersion: 1, customerId: customer.id, name: '张三' } }],
        [REMOVE_CONTACT, { id: UNKNOWN }],
        [SAVE_PRODUCT, { input: { customerId: UNKNOWN, product: '堡垒机' } }],
        [SAVE_PRODUCT, { input: { id: UNKNOWN, expectedVersion: 1, customerId: customer.id, product: '堡垒机' } }],
        [REMOVE_PRODUCT, { id: 'not-a-uuid' }],
        [SAVE_CONTRACT, { input: { customerId: UNKNOWN, number: 'HT', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31' } }],
        [SAVE_CONTRACT, { input: { id: UNKNOWN, expectedVersion: 1, customerId: customer.id, number: 'HT', startsOn: '2026-01-01', serviceExpiresOn: '2026-12-31' } }],
        [REMOVE_CONTRACT, { id: UNKNOWN }],
        [SAVE_EQUIPMENT, { input: { customerId: UNKNOWN, name: '服务器' } }],
        [SAVE_EQUIPMENT, { input: { id: UNKNOWN, expectedVersion: 1, customerId: customer.id, name: '服务器' } }],
        [REMOVE_EQUIPMENT, { id: UNKNOWN }],
        [CREATE_PORTAL_USER, { input: { customerId: UNKNOWN, name: '客户', email: 'c@example.com', password: 'long enough password' } }],
      ];
      for (const [query, variables] of notFound) expect(codes(await api.request(query, variables)), `${query} ${JSON.stringify(variables)}`).toEqual(['NOT_FOUND']);
      expect(await ds().getRepository(Contact).findOneByOrFail({ id: contact.id })).toMatchObject({ customerId: other.id, name: '别家联系人', version: contact.version });
    });
  });

  describe('compare-and-set (expectedVersion)', () => {
    const versionOf = (kind: RecordKind, saved: SavedRecord): number => saved[kind.versionField] as number;
    const customerEvents = () => ds().getRepository(EventRecord).countBy({ type: 'CUSTOMER_CHANGED' });
    /** Adds a record of `kind` to the customer and changes it once: its version is then 2. */
    const addAndChange = async (api: ApiClient, kind: RecordKind, customerId: string) => {
      const save = (input: Record<string, unknown>) => api.request<Record<string, SavedRecord>>(kind.save, { input: { customerId, ...input } });
      const added = ok(await save(kind.added), kind.key);
      expect(versionOf(kind, added), kind.label).toBe(1);
      const changed = ok(await save({ ...kind.changed, id: added.id, expectedVersion: versionOf(kind, added) }), kind.key);
      expect(changed, kind.label).toMatchObject({ ...kind.changed, id: added.id, [kind.versionField]: 2 });
      return { save, id: added.id, before: versionOf(kind, added), current: versionOf(kind, changed) };
    };
    /** Polls until a statement of another session waits for a row lock (an UPDATE of `table`). */
    const untilUpdateWaits = async (table: string) => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const waiting = (await ds().query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query ILIKE $1`,
          [`UPDATE "${table}"%`],
        )) as { n: number }[];
        if (waiting[0].n > 0) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for the save of ${table} to wait for the row lock`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };

    it('updateCustomer with a stale expectedVersion is CONFLICT and leaves the customer unchanged', async () => {
      const api = await as(await buildUser(ds(), [Role.SALES]));
      const created = ok(await api.request<{ createCustomer: Customer }>(CREATE_CUSTOMER, { input: { name: '甲公司', industry: '能源' } }), 'createCustomer');
      expect(created.version).toBe(1);
      const updated = ok(
        await api.request<{ updateCustomer: Customer }>(UPDATE_CUSTOMER, { input: { id: created.id, expectedVersion: created.version, name: '甲集团', industry: '能源', address: '上海市' } }),
        'updateCustomer',
      );
      expect(updated).toEqual({ id: created.id, name: '甲集团', industry: '能源', address: '上海市', version: 2 });
      const row = await ds().getRepository(Customer).findOneByOrFail({ id: created.id });
      // The version edited over, one the server never had, and one before the first.
      for (const expectedVersion of [created.version, updated.version + 1, 0]) {
        const response = await api.request(UPDATE_CUSTOMER, { input: { id: created.id, expectedVersion, name: '过时的名字', industry: null, address: '北京市' } });
        expect(codes(response), `expectedVersion ${expectedVersion}`).toEqual(['CONFLICT']);
        expect(response.data ?? null).toBeNull();
      }
      expect(await ds().getRepository(Customer).findOneByOrFail({ id: created.id })).toEqual(row);
      expect(ok(await api.request<{ customer: Profile }>(PROFILE, { id: created.id }), 'customer')).toMatchObject({ name: '甲集团', industry: '能源', address: '上海市', version: 2 });
      const events = await ds().getRepository(EventRecord).find({ where: { type: 'CUSTOMER_CHANGED', entityId: created.id }, order: { seq: 'ASC' } });
      expect(events.map((event) => event.payload.action)).toEqual(['CREATED', 'UPDATED']); // nothing for the refused saves
      // The current version still saves.
      expect(ok(await api.request<{ updateCustomer: Customer }>(UPDATE_CUSTOMER, { input: { id: created.id, expectedVersion: updated.version, name: '甲集团' } }), 'updateCustomer')).toMatchObject({
        name: '甲集团',
        industry: null,
        address: null,
        version: 3,
      });
    });

    it('a record save with a stale expectedVersion is CONFLICT and leaves the row unchanged (contacts, products, contracts, equipment)', async () => {
      const api = await as(await buildUser(ds(), [Role.ADMIN]));
      const customer = await buildCustomer(ds());
      for (const kind of RECORD_KINDS) {
        const { save, id, before, current } = await addAndChange(api, kind, customer.id);
        const row = await ds().getRepository(kind.entity).findOneByOrFail({ id });
        const events = await customerEvents();
        for (const expectedVersion of [before, current + 1, 0]) {
          const response = await save({ ...kind.stale, id, expectedVersion });
          expect(codes(response), `${kind.label} expectedVersion ${expectedVersion}`).toEqual(['CONFLICT']);
        }
        expect(await ds().getRepository(kind.entity).findOneByOrFail({ id }), kind.label).toEqual(row);
        expect(await customerEvents(), kind.label).toBe(events);
        // The current version still saves, and moves the version on.
        expect(ok(await save({ ...kind.stale, id, expectedVersion: current }), kind.key), kind.label).toMatchObject({ ...kind.stale, id, [kind.versionField]: current + 1 });
        expect(await customerEvents(), kind.label).toBe(events + 1);
      }
      // The product's own version string is not the compare-and-set version.
      const product = ok(await api.request<{ customer: Profile }>(PROFILE, { id: customer.id }), 'customer').products[0];
      expect([product.version, product.recordVersion]).toEqual(['9.9', 3]);
    });

    it('a record save with an id but no expectedVersion is VALIDATION expectedVersion REQUIRED and changes nothing', async () => {
      const api = await as(await buildUser(ds(), [Role.ADMIN]));
      const customer = await buildCustomer(ds());
      for (const kind of RECORD_KINDS) {
        const { save, id, current } = await addAndChange(api, kind, customer.id);
        const row = await ds().getRepository(kind.entity).findOneByOrFail({ id });
        const events = await customerEvents();
        expect(fields(await save({ ...kind.stale, id })), kind.label).toEqual({ expectedVersion: 'REQUIRED' });
        expect(fields(await save({ ...kind.stale, id, expectedVersion: null })), kind.label).toEqual({ expectedVersion: 'REQUIRED' });
        expect(await ds().getRepository(kind.entity).findOneByOrFail({ id }), kind.label).toEqual(row);
        expect(versionOf(kind, row as SavedRecord)).toBe(current);
        expect(await customerEvents(), kind.label).toBe(events);
      }
      // Adding (no id) needs none.
      expect(await ds().getRepository(Contact).countBy({ customerId: customer.id })).toBe(1);
    });

    it('two saves of one contact at once with the same expectedVersion: exactly one wins, the other is CONFLICT', async () => {
      const customer = await buildCustomer(ds());
      const [first, second] = [await as(await buildUser(ds(), [Role.SALES])), await as(await buildUser(ds(), [Role.PRESALES]))];
      const contact = ok(await first.request<{ saveContact: Profile['contacts'][number] }>(SAVE_CONTACT, { input: { customerId: customer.id, name: '王经理' } }), 'saveContact');
      let version = contact.version;
      const rounds = 5;
      for (let round = 1; round <= rounds; round += 1) {
        const names = [`甲改的-${round}`, `乙改的-${round}`];
        const responses = await Promise.all(
          [first, second].map((api, i) =>
            api.request<{ saveContact: Profile['contacts'][number] }>(SAVE_CONTACT, { input: { id: contact.id, expectedVersion: version, customerId: customer.id, name: names[i], phone: `${round}${i}` } }),
          ),
        );
        expect(responses.map((response) => codes(response)).sort(), `round ${round}`).toEqual([[], ['CONFLICT']]);
        const winner = responses.findIndex((response) => !response.errors);
        expect(responses[winner].data!.saveContact).toEqual({ id: contact.id, name: names[winner], title: null, email: null, phone: `${round}${winner}`, version: version + 1 });
        expect(await ds().getRepository(Contact).findOneByOrFail({ id: contact.id }), `round ${round}`).toMatchObject({ name: names[winner], phone: `${round}${winner}`, version: version + 1 });
        version += 1;
      }
      const saved = await ds().getRepository(EventRecord).find({ where: { type: 'CUSTOMER_CHANGED', entityId: customer.id } });
      expect(saved.map((event) => event.payload.action)).toEqual(Array<string>(rounds + 1).fill('CONTACT_SAVED')); // the addition and one per round
    });

    it('a record removed while a save of it waits is CONFLICT, and stays removed', async () => {
      const api = await as(await buildUser(ds(), [Role.ADMIN]));
      const customer = await buildCustomer(ds());
      for (const kind of RECORD_KINDS) {
        const { save, id, current } = await addAndChange(api, kind, customer.id);
        // Another session removes the record and holds the row until the save is waiting for it.
        const remover = ds().createQueryRunner();
        await remover.connect();
        try {
          await remover.startTransaction();
          await remover.query(kind.softRemoved ? `UPDATE "${kind.table}" SET removed_at = now() WHERE id = $1` : `DELETE FROM "${kind.table}" WHERE id = $1`, [id]);
          const pending = save({ ...kind.stale, id, expectedVersion: current });
          await untilUpdateWaits(kind.table);
          await remover.commitTransaction();
          expect(codes(await pending), kind.label).toEqual(['CONFLICT']);
        } finally {
          if (remover.isTransactionActive) await remover.rollbackTransaction();
          await remover.release();
        }
        const row = await ds().getRepository(kind.entity).findOneBy({ id });
        if (kind.softRemoved) expect(row, kind.label).toMatchObject({ ...kind.changed, removedAt: expect.any(Date), version: current });
        else expect(row, kind.label).toBeNull();
      }
    });
  });

  describe('portal accounts', () => {
    it('ADMIN and PRESALES_MANAGER open CUSTOMER accounts linked to the organisation; the new user signs in to it', async () => {
      const customer = await buildCustomer(ds(), '甲公司');
      const admin = await as(await buildUser(ds(), [Role.ADMIN]));
      const created = ok(
        await admin.request<{ createPortalUser: { id: string; email: string; roles: string[] } }>(CREATE_PORTAL_USER, {
          input: { customerId: customer.id, name: ' 赵工 ', email: ' Zhao.Gong@Example.COM ', password: 'a long password' },
        }),
        'createPortalUser',
      );
      expect(created).toEqual({ id: expect.any(String), name: '赵工', email: 'zhao.gong@example.com', roles: ['CUSTOMER'] });
      expect(await ds().getRepository(User).findOneByOrFail({ id: created.id })).toMatchObject({ customerId: customer.id, active: true });
      const portal = new ApiClient(suite.server);
      expect((await portal.login('zhao.gong@example.com', 'a long password')).errors).toBeUndefined();
      expect(ok(await portal.request<{ myOrganisation: { id: string } }>(MY_ORGANISATION), 'myOrganisation')).toMatchObject({ id: customer.id });

      const manager = await as(await buildUser(ds(), [Role.PRESALES_MANAGER]));
      expect(ok(await manager.request<{ createPortalUser: { roles: string[] } }>(CREATE_PORTAL_USER, { input: { customerId: customer.id, name: '钱工', email: 'qian@example.com', password: '0123456789' } }), 'createPortalUser').roles).toEqual(['CUSTOMER']);
      const events = await ds().getRepository(EventRecord).find({ where: { type: 'CUSTOMER_CHANGED', entityId: customer.id }, order: { seq: 'ASC' } });
      expect(events.map((event) => [event.entityType, event.projectId, event.payload])).toEqual([
        ['Customer', null, { action: 'PORTAL_USER_CREATED', userId: created.id }],
        ['Customer', null, { action: 'PORTAL_USER_CREATED', userId: expect.any(String) }],
      ]);

      for (const role of [Role.SALES, Role.PRESALES, Role.GM]) {
        const api = await as(await buildUser(ds(), [role]));
        expect(codes(await api.request(CREATE_PORTAL_USER, { input: { customerId: customer.id, name: '孙工', email: 'sun@example.com', password: 'long enough password' } }))).toEqual(['FORBIDDEN']);
      }
    });

    it('refuses a taken e-mail (any case), a malformed one, a short password and a blank name', async () => {
      const customer = await buildCustomer(ds());
      const admin = await as(await buildUser(ds(), [Role.ADMIN]));
      const colleague = await buildUser(ds(), [Role.SALES]);
      const create = (input: Record<string, unknown>) => admin.request(CREATE_PORTAL_USER, { input: { customerId: customer.id, name: '客户', email: 'new@example.com', password: 'long enough password', ...input } });
      expect(fields(await create({ email: colleague.email.toUpperCase() }))).toEqual({ email: 'TAKEN' });
      expect(fields(await create({ email: 'nobody at example' }))).toEqual({ email: 'INVALID_EMAIL' });
      expect(fields(await create({ email: ' ', password: '123456789', name: '' }))).toEqual({ name: 'REQUIRED', email: 'REQUIRED', password: 'TOO_SHORT' });
      expect(codes(await create({}))).toEqual([]);
      expect(fields(await create({ email: 'NEW@example.com' }))).toEqual({ email: 'TAKEN' });
      // Two at once for one address: one account, the other told it is taken.
      const raced = await Promise.all([create({ email: 'race@example.com' }), create({ email: 'race@example.com' })]);
      expect(raced.map((response) => codes(response)).sort()).toEqual([[], ['VALIDATION']]);
      expect(await ds().getRepository(User).countBy({ email: In(['new@example.com', 'race@example.com']) })).toBe(2);
    });
  });

  describe('contracts and SLA', () => {
    it('a ticket for a customer with an active contract naming a policy starts its clocks with that policy; with an expired contract, the default', async () => {
      const admin = await as(await buildUser(ds(), [Role.ADMIN]));
      const engineer = await as(await buildUser(ds(), [Role.PRESALES]));
      const policy = ok(
        await admin.request<{ saveSlaPolicy: { id: string } }>(SAVE_POLICY, {
          input: {
            name: '白金服务',
            calendarId: (await defaultPolicy()).calendarId,
            warnAtShare: 0.5,
            targets: [
              { priority: 'URGENT', responseMinutes: 10, resolutionMinutes: 120 },
              { priority: 'HIGH', responseMinutes: 20, resolutionMinutes: 480 },
              { priority: 'MEDIUM', responseMinutes: 30, resolutionMinutes: 960 },
              { priority: 'LOW', responseMinutes: 40, resolutionMinutes: 1920 },
            ],
          },
        }),
        'saveSlaPolicy',
      );
      const [served, lapsed] = [await buildCustomer(ds(), '在保客户'), await buildCustomer(ds(), '过保客户')];
      const contract = (customerId: string, startsOn: string, serviceExpiresOn: string) =>
        admin.request(SAVE_CONTRACT, { input: { customerId, number: 'HT', startsOn, serviceExpiresOn, slaPolicyId: policy.id } });
      expect((await contract(served.id, dayFromToday(-10), dayFromToday(0))).errors).toBeUndefined(); // the last day of service still counts
      expect((await contract(lapsed.id, dayFromToday(-400), dayFromToday(-1))).errors).toBeUndefined();

      const underPolicy = await ticketFor(engineer, served.id, '核心业务中断', 'HIGH');
      const underDefault = await ticketFor(engineer, lapsed.id, '核心业务中断', 'HIGH');
      const targets = async (ticketId: string) =>
        Object.fromEntries((await ds().getRepository(SlaClock).find({ where: { ticketId } })).map((clock) => [clock.kind, [clock.targetMinutes, clock.warnAtShare]]));
      expect(await targets(underPolicy.id)).toEqual({ RESPONSE: [20, 0.5], RESOLUTION: [480, 0.5] });
      expect(await targets(underDefault.id)).toEqual({ RESPONSE: [60, 0.8], RESOLUTION: [900, 0.8] });
      expect(underDefault.slaClocks.find((clock) => clock.kind === 'RESPONSE')?.targetMinutes).toBe(60);
    });
  });
});
