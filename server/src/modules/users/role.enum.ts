import { registerEnumType } from 'type-graphql';

/** SPEC §1. A user holds one or more; project duties come from membership, not from role. */
export enum Role {
  SALES = 'SALES',
  SALES_DIRECTOR = 'SALES_DIRECTOR',
  PRESALES = 'PRESALES',
  PRESALES_MANAGER = 'PRESALES_MANAGER',
  TECH_DIRECTOR = 'TECH_DIRECTOR',
  CHIEF_ENGINEER = 'CHIEF_ENGINEER',
  GM = 'GM',
  RND_MANAGER = 'RND_MANAGER',
  RND = 'RND',
  TESTER = 'TESTER',
  CUSTOMER = 'CUSTOMER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'A role from the support regulation (SPEC §1).' });

/** Every role except the customer's: colleagues inside the company. */
export const STAFF_ROLES: Role[] = Object.values(Role).filter((role) => role !== Role.CUSTOMER);
