import { Role } from '../users/role.enum';
import type { User } from '../users/user.entity';
import type { CustomerContract } from './customer-contract.entity';
import { isPortalUser } from '../tickets/ticket.policy';

/** Everyone signed in: staff see any customer, a portal user only their own organisation. */
export const CUSTOMER_READERS: Role[] = Object.values(Role);

/** Who keeps customer profiles (organisation, contacts, products, equipment) up to date. */
export const CUSTOMER_EDITORS: Role[] = [Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES, Role.PRESALES_MANAGER, Role.ADMIN];

/** Contracts are commercial: sales, their director, the support manager and the administrator. */
export const CONTRACT_EDITORS: Role[] = [Role.SALES, Role.SALES_DIRECTOR, Role.PRESALES_MANAGER, Role.ADMIN];

/** Who opens portal accounts for a customer's people. */
export const PORTAL_USER_CREATORS: Role[] = [Role.ADMIN, Role.PRESALES_MANAGER];

export type CustomerViewer = Pick<User, 'id' | 'roles' | 'customerId'>;

/** Whether the viewer may see customer `customerId`'s profile at all. */
export const canSeeCustomer = (viewer: CustomerViewer, customerId: string): boolean =>
  !isPortalUser(viewer) || viewer.customerId === customerId;

/** A contract is in force on `day` (YYYY-MM-DD, company time) from its first to its last day of service. */
export const isActiveOn = (contract: Pick<CustomerContract, 'startsOn' | 'serviceExpiresOn'>, day: string): boolean =>
  contract.startsOn <= day && day <= contract.serviceExpiresOn;
