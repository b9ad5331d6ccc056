import { ProjectSide as S } from '../projects/project-side';
import { SupportType } from '../projects/support-type';
import { Role } from '../users/role.enum';
import { DocumentKind as K } from './document.enums';

/** Who checks a submitted document: the other side of the project, a manager, or the approval engine. */
export type Reviewer = { side: S } | { role: Role } | { approvalChain: true };

export interface DocumentRule {
  /** The support type the initiation form must ask for; null: any project. */
  supportType: SupportType | null;
  /** Who starts the document. */
  createdBy: S;
  /** Who sends it for review (for the work order: the pre-sales, after the technical part). */
  submittedBy: S;
  reviewedBy: Reviewer;
  /** Never shown to a customer (SPEC §6: the test plan; and what is internal by nature). */
  internal: boolean;
}

/** SPEC §6 (第二十三–四十二条) as data: one row per kind. */
export const DOCUMENT_RULES: Record<K, DocumentRule> = {
  [K.EXCHANGE_PREP]: { supportType: SupportType.EXCHANGE, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: true },
  [K.TRAINING_PLAN]: { supportType: SupportType.TRAINING, createdBy: S.SALES, submittedBy: S.SALES, reviewedBy: { side: S.PRESALES }, internal: false },
  [K.TECH_DOC]: { supportType: SupportType.DOCUMENT_WRITING, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: false },
  [K.TEST_PLAN]: { supportType: SupportType.PRODUCT_TEST, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: true },
  [K.IMPLEMENTATION_WORK_ORDER]: {
    supportType: SupportType.IMPLEMENTATION,
    createdBy: S.SALES,
    submittedBy: S.PRESALES,
    reviewedBy: { role: Role.PRESALES_MANAGER },
    internal: true,
  },
  [K.SITE_ENTRY_LIST]: { supportType: SupportType.IMPLEMENTATION, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: false },
  [K.IMPLEMENTATION_PLAN]: { supportType: SupportType.IMPLEMENTATION, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: true },
  [K.IMPLEMENTATION_SCHEDULE]: { supportType: SupportType.IMPLEMENTATION, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { side: S.SALES }, internal: false },
  [K.DESIGN_SOLUTION]: { supportType: null, createdBy: S.PRESALES, submittedBy: S.PRESALES, reviewedBy: { approvalChain: true }, internal: true },
};
