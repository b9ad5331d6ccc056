import type { EntityManager } from 'typeorm';
import { companyDayOf } from '../platform/company-calendar';
import { Contact } from '../modules/customers/contact.entity';
import { CustomerContract } from '../modules/customers/customer-contract.entity';
import { CustomerEquipment } from '../modules/customers/customer-equipment.entity';
import { CustomerProduct } from '../modules/customers/customer-product.entity';
import type { Customer } from '../modules/customers/customer.entity';

const DAY = 86_400_000;
const SURNAMES = ['王', '李', '陈', '刘', '杨', '黄', '吴', '徐'];
const PRODUCTS: [string, string][] = [
  ['远程运维平台', '5.2.0'],
  ['终端安全接入网关', '3.1.4'],
  ['运维审计系统', '2.8.1'],
];

/** Contacts, products bought, a service contract and site equipment for every demo customer (客户档案). */
export async function seedCustomerProfiles(manager: EntityManager, customers: readonly Customer[]): Promise<void> {
  const today = Date.now();
  for (const [index, customer] of customers.entries()) {
    const surname = SURNAMES[index % SURNAMES.length];
    await manager.insert(Contact, [
      { customerId: customer.id, name: `${surname}工`, title: '信息中心运维负责人', email: `ops${index + 1}@customer.demo`, phone: `138${String(10_000_000 + index * 7919).slice(0, 8)}` },
      { customerId: customer.id, name: `${SURNAMES[(index + 3) % SURNAMES.length]}主任`, title: '信息中心主任', email: `director${index + 1}@customer.demo`, phone: null },
    ]);
    const [product, version] = PRODUCTS[index % PRODUCTS.length];
    await manager.insert(CustomerProduct, [
      { customerId: customer.id, product, version, serialNumber: `SN-${2024 + (index % 3)}-${String(1000 + index * 37)}`, purchasedOn: companyDayOf(new Date(today - (400 + index * 30) * DAY)) },
      { customerId: customer.id, product: PRODUCTS[(index + 1) % PRODUCTS.length][0], version: PRODUCTS[(index + 1) % PRODUCTS.length][1], serialNumber: null, purchasedOn: null },
    ]);
    // Most contracts run; the last customer's service has expired (the default SLA applies).
    const expired = index === customers.length - 1;
    await manager.insert(CustomerContract, {
      customerId: customer.id,
      number: `HT-${2025 + (index % 2)}-${String(index + 1).padStart(3, '0')}`,
      startsOn: companyDayOf(new Date(today - 300 * DAY)),
      serviceExpiresOn: companyDayOf(new Date(today + (expired ? -10 : 65 + index * 30) * DAY)),
      slaPolicyId: null,
    });
    await manager.insert(CustomerEquipment, [
      { customerId: customer.id, name: '运维平台服务器', model: 'Huawei 2288H V6', serialNumber: `2102-${index + 1}A`, location: '主机房 A3 机柜' },
      { customerId: customer.id, name: '接入网关', model: 'LG-3000', serialNumber: null, location: '网络机房' },
    ]);
  }
}
