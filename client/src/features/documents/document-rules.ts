import type { DocumentKind, DocumentStatus, Role, SupportType } from '../../gql/graphql';
import type { Side } from '../projects/project-sides';

interface DocumentRule {
  /** The support type the initiation form must ask for; null: any project. */
  supportType: SupportType | null;
  createdBy: Side;
  submittedBy: Side;
  /** The other side, a manager's role, or the design solution's approval chain. */
  reviewedBy: { side: Side } | { role: Role } | 'APPROVAL_CHAIN';
}

/**
 * SPEC §6 as the server has it (server/src/modules/documents/document.rules.ts). Only a hint
 * for the UI, so that each viewer is offered what can succeed; the server decides.
 */
const RULES: Record<DocumentKind, DocumentRule> = {
  EXCHANGE_PREP: { supportType: 'EXCHANGE', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  TRAINING_PLAN: { supportType: 'TRAINING', createdBy: 'SALES', submittedBy: 'SALES', reviewedBy: { side: 'PRESALES' } },
  TECH_DOC: { supportType: 'DOCUMENT_WRITING', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  TEST_PLAN: { supportType: 'PRODUCT_TEST', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  IMPLEMENTATION_WORK_ORDER: { supportType: 'IMPLEMENTATION', createdBy: 'SALES', submittedBy: 'PRESALES', reviewedBy: { role: 'PRESALES_MANAGER' } },
  SITE_ENTRY_LIST: { supportType: 'IMPLEMENTATION', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  IMPLEMENTATION_PLAN: { supportType: 'IMPLEMENTATION', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  IMPLEMENTATION_SCHEDULE: { supportType: 'IMPLEMENTATION', createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: { side: 'SALES' } },
  DESIGN_SOLUTION: { supportType: null, createdBy: 'PRESALES', submittedBy: 'PRESALES', reviewedBy: 'APPROVAL_CHAIN' },
};

/** The regulation's order (第二十三–四十二条), the design solution last. */
export const DOCUMENT_KINDS = [
  'EXCHANGE_PREP',
  'TRAINING_PLAN',
  'TECH_DOC',
  'TEST_PLAN',
  'IMPLEMENTATION_WORK_ORDER',
  'SITE_ENTRY_LIST',
  'IMPLEMENTATION_PLAN',
  'IMPLEMENTATION_SCHEDULE',
  'DESIGN_SOLUTION',
] as const satisfies readonly DocumentKind[];

export const STATUS_COLOR: Record<DocumentStatus, string> = { DRAFT: 'default', SUBMITTED: 'processing', APPROVED: 'success', REJECTED: 'error' };

/** A step the project asked for: its support type is on the initiation form (the design solution always is). */
export const isRequested = (kind: DocumentKind, supportTypes: readonly SupportType[]): boolean => {
  const { supportType } = RULES[kind];
  return supportType === null || supportTypes.includes(supportType);
};

/** Kinds the viewer's side starts on a project that asked for them. */
export const startableKinds = (supportTypes: readonly SupportType[], sides: ReadonlySet<Side>): DocumentKind[] =>
  DOCUMENT_KINDS.filter((kind) => sides.has(RULES[kind].createdBy) && isRequested(kind, supportTypes));

const EDITABLE: readonly DocumentStatus[] = ['DRAFT', 'REJECTED'];

interface Viewer {
  sides: ReadonlySet<Side>;
  roles: readonly Role[];
}

/** What the viewer may do with a document in its current state. */
export function documentActions(document: { kind: DocumentKind; status: DocumentStatus; customerSignedAt: string | null }, { sides, roles }: Viewer) {
  const rule = RULES[document.kind];
  const editable = EDITABLE.includes(document.status);
  const reviewer = rule.reviewedBy;
  const reviews = reviewer !== 'APPROVAL_CHAIN' && ('side' in reviewer ? sides.has(reviewer.side) : roles.includes(reviewer.role));
  return {
    edit: editable && (sides.has(rule.createdBy) || sides.has(rule.submittedBy)),
    submit: editable && sides.has(rule.submittedBy),
    review: document.status === 'SUBMITTED' && reviews,
    sign: document.kind === 'SITE_ENTRY_LIST' && document.status === 'APPROVED' && !document.customerSignedAt && sides.has('SALES'),
  };
}

/** Which parts of a document of `kind` the form offers: each side writes its own part of the work order. */
export function editableParts(kind: DocumentKind, sides: ReadonlySet<Side>) {
  const workOrder = kind === 'IMPLEMENTATION_WORK_ORDER';
  return {
    body: !workOrder,
    salesPart: workOrder && sides.has('SALES'),
    technicalPart: workOrder && sides.has('PRESALES'),
    tasks: kind === 'IMPLEMENTATION_SCHEDULE',
  };
}
