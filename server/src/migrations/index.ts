import { Notifications1795370713730 } from './1795370713730-Notifications';
import { CustomerRecordVersions1795370009037 } from './1795370009037-CustomerRecordVersions';
import { ClosingSolutionAndRemovedContacts1795368598029 } from './1795368598029-ClosingSolutionAndRemovedContacts';
import { TicketAttachments1795367271464 } from './1795367271464-TicketAttachments';
import { ServiceDesk1795366137913 } from './1795366137913-ServiceDesk';
import { WorkOrderWithdrawn1795362616316 } from './1795362616316-WorkOrderWithdrawn';
import { BugFeedbackAttachments1795360245534 } from './1795360245534-BugFeedbackAttachments';
import { FaultWorkOrders1795360036962 } from './1795360036962-FaultWorkOrders';
import { RndImprovementsVersions1795359810500 } from './1795359810500-RndImprovementsVersions';
import { RegulationDocuments1795358415216 } from './1795358415216-RegulationDocuments';
import { SupportRequests1795339228436 } from './1795339228436-SupportRequests';
import { Complaints1795339022913 } from './1795339022913-Complaints';
import { Approvals1795338688107 } from './1795338688107-Approvals';
import { CommunicationReports1795338178748 } from './1795338178748-CommunicationReports';
import { Initial1795334428211 } from './1795334428211-Initial';
/** Every migration, in order. `npm run migration:generate -- Name` writes new ones and registers them here. */
export const MIGRATIONS = [Initial1795334428211, CommunicationReports1795338178748, Approvals1795338688107, Complaints1795339022913, SupportRequests1795339228436, RegulationDocuments1795358415216, RndImprovementsVersions1795359810500, FaultWorkOrders1795360036962, BugFeedbackAttachments1795360245534, WorkOrderWithdrawn1795362616316, ServiceDesk1795366137913, TicketAttachments1795367271464, ClosingSolutionAndRemovedContacts1795368598029, CustomerRecordVersions1795370009037, Notifications1795370713730];
