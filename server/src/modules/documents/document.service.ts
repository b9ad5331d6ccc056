import type { DataSource } from 'typeorm';
import { inTransaction, type UnitOfWork } from '../../platform/db/transaction';
import { isUuid } from '../../platform/db/uuid';
import type { EventBus } from '../../platform/events/event-bus';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/graphql/errors';
import { ApprovalKind } from '../approvals/approval.enums';
import type { ApprovalService } from '../approvals/approval.service';
import { Initiation } from '../projects/initiation.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { ProjectSide, sidesOf } from '../projects/project-side';
import type { ProjectService } from '../projects/project.service';
import type { User } from '../users/user.entity';
import { cleanTasks, type DocumentContent, draftProblems, submissionProblems } from './document-content';
import { DocumentRevision } from './document-revision.entity';
import { DocumentErrorCode } from './document.errors';
import { DOCUMENT_CHANGED, DocumentAction } from './document.events';
import { DocumentKind, DocumentStatus, ReviewDecision } from './document.enums';
import type {
  CreateProjectDocumentInput,
  DocumentVersionInput,
  RecordCustomerSignatureInput,
  ReviewProjectDocumentInput,
  UpdateProjectDocumentInput,
} from './document.inputs';
import { DOCUMENT_RULES, type DocumentRule } from './document.rules';
import { ProjectDocument } from './project-document.entity';
import { compareAndSet } from '../../platform/db/compare-and-set';

type Viewer = Pick<User, 'id' | 'roles'>;

const EDITABLE: readonly DocumentStatus[] = [DocumentStatus.DRAFT, DocumentStatus.REJECTED];

const notAllowed = (message: string, document: Pick<ProjectDocument, 'status'>) =>
  new AppError(DocumentErrorCode.DOCUMENT_ACTION_NOT_ALLOWED, message, { status: document.status });

/** A client that saw an older version loses to whoever changed it, whatever the state now says. */
const expectVersion = (document: ProjectDocument, input: DocumentVersionInput): void => {
  if (document.version !== input.expectedVersion) throw conflict('This document');
};

const contentOf = (document: ProjectDocument): DocumentContent => ({
  title: document.title,
  body: document.body,
  salesPart: document.salesPart,
  technicalPart: document.technicalPart,
  tasks: document.tasks,
});

/** SPEC §6: documents by support type, each with its review loop and its revisions kept. */
export class DocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly projects: ProjectService,
    private readonly approvals: ApprovalService,
  ) {
    approvals.handle(ApprovalKind.DESIGN_SOLUTION, {
      approved: (approval, unit) => this.concludeReview(unit, approval.subjectId, null, { decision: ReviewDecision.APPROVE, reason: null }),
      rejected: (approval, unit, comment) => this.concludeReview(unit, approval.subjectId, null, { decision: ReviewDecision.REJECT, reason: comment }),
    });
  }

  async create(viewer: Viewer, input: CreateProjectDocumentInput): Promise<ProjectDocument> {
    const project = await this.projects.findVisible(viewer, input.projectId);
    const rule = DOCUMENT_RULES[input.kind];
    const sides = await this.sidesOn(viewer, project.id);
    if (!sides.has(rule.createdBy)) throw forbidden(`start a ${input.kind} (the ${rule.createdBy.toLowerCase()} side does)`);
    if (rule.supportType) {
      const [initiation] = await this.dataSource.getRepository(Initiation).find({ where: { projectId: project.id }, order: { revision: 'DESC' }, take: 1 });
      if (!initiation?.supportTypes.includes(rule.supportType)) {
        throw new AppError(DocumentErrorCode.DOCUMENT_KIND_NOT_REQUESTED, `The initiation form did not ask for ${rule.supportType}.`, { supportType: rule.supportType });
      }
    }
    const content: DocumentContent = {
      title: input.title.trim(),
      body: input.body?.trim() ?? '',
      salesPart: input.kind === DocumentKind.IMPLEMENTATION_WORK_ORDER ? (input.salesPart?.trim() ?? '') : null,
      technicalPart: null,
      tasks: cleanTasks(input.tasks ?? []),
    };
    this.checkParts(input, sides);
    const fields = draftProblems(content);
    if (Object.keys(fields).length > 0) throw invalid(fields);

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      const document = await unit.manager.save(
        unit.manager.create(ProjectDocument, { ...content, projectId: project.id, kind: input.kind, internal: rule.internal, createdById: viewer.id }),
      );
      await this.recordChange(unit, document, viewer.id, DocumentAction.CREATED);
      return document;
    });
  }

  /** Edits a draft or a rejected document; each part by its own side. */
  async update(viewer: Viewer, input: UpdateProjectDocumentInput): Promise<ProjectDocument> {
    const { document, rule, sides } = await this.load(viewer, input.documentId);
    if (!sides.has(rule.createdBy) && !sides.has(rule.submittedBy)) throw forbidden('edit this document');
    expectVersion(document, input);
    if (!EDITABLE.includes(document.status)) throw notAllowed(`A ${document.status} document cannot be edited.`, document);
    this.checkParts(input, sides);
    const isWorkOrder = document.kind === DocumentKind.IMPLEMENTATION_WORK_ORDER;
    const content: DocumentContent = {
      title: input.title?.trim() ?? document.title,
      body: input.body?.trim() ?? document.body,
      salesPart: isWorkOrder ? (input.salesPart?.trim() ?? document.salesPart) : null,
      technicalPart: isWorkOrder ? (input.technicalPart?.trim() ?? document.technicalPart) : null,
      tasks: input.tasks ? cleanTasks(input.tasks) : document.tasks,
    };
    const fields = draftProblems(content);
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return this.transition(document, input, EDITABLE, { ...content }, DocumentAction.EDITED, viewer.id);
  }

  /** Sends the document for review and keeps what was sent as a new revision. */
  async submit(viewer: Viewer, input: DocumentVersionInput): Promise<ProjectDocument> {
    const { document, rule, sides } = await this.load(viewer, input.documentId);
    if (!sides.has(rule.submittedBy)) throw forbidden(`submit this document (the ${rule.submittedBy.toLowerCase()} side does)`);
    expectVersion(document, input);
    if (!EDITABLE.includes(document.status)) throw notAllowed(`A ${document.status} document cannot be submitted.`, document);
    const fields = submissionProblems(document.kind, contentOf(document));
    if (Object.keys(fields).length > 0) throw invalid(fields);
    const revision = document.revision + 1;
    return this.transition(document, input, EDITABLE, { status: DocumentStatus.SUBMITTED, revision, rejectionReason: null }, DocumentAction.SUBMITTED, viewer.id, async (unit) => {
      await unit.manager.insert(DocumentRevision, { ...contentOf(document), documentId: document.id, revision, submittedById: viewer.id, outcome: DocumentStatus.SUBMITTED, rejectionReason: null });
      if ('approvalChain' in rule.reviewedBy) {
        const approval = await this.approvals.open(unit, { projectId: document.projectId, kind: ApprovalKind.DESIGN_SOLUTION, subjectId: document.id, requestedById: viewer.id });
        await unit.manager.update(ProjectDocument, { id: document.id }, { approvalId: approval.id });
      }
    });
  }

  /** The reviewer of the kind approves, or rejects with a reason (SPEC §6). */
  async review(viewer: Viewer, input: ReviewProjectDocumentInput): Promise<ProjectDocument> {
    const { document, rule, sides } = await this.load(viewer, input.documentId);
    const reviewer = rule.reviewedBy;
    if ('approvalChain' in reviewer) throw notAllowed('A design solution is decided through its approval (PRESALES_MANAGER → CHIEF_ENGINEER).', document);
    const mayReview = 'side' in reviewer ? sides.has(reviewer.side) : viewer.roles.includes(reviewer.role);
    if (!mayReview) throw forbidden('review this document');
    expectVersion(document, input);
    if (document.status !== DocumentStatus.SUBMITTED) throw notAllowed(`Only a submitted document can be reviewed; this one is ${document.status}.`, document);
    const reason = input.reason?.trim() || null;
    if (input.decision === ReviewDecision.REJECT && !reason) throw invalid({ reason: 'REQUIRED' });

    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await this.concludeReview(unit, document.id, { version: input.expectedVersion, reviewerId: viewer.id }, { decision: input.decision, reason });
      return unit.manager.getRepository(ProjectDocument).findOneByOrFail({ id: document.id });
    });
  }

  /** 进场准备单: once confirmed, the sales records the customer's signature. */
  async recordCustomerSignature(viewer: Viewer, input: RecordCustomerSignatureInput): Promise<ProjectDocument> {
    const { document, sides } = await this.load(viewer, input.documentId);
    if (document.kind !== DocumentKind.SITE_ENTRY_LIST) throw notAllowed('Only a site-entry list is signed by the customer.', document);
    if (!sides.has(ProjectSide.SALES)) throw forbidden("record the customer's signature (the responsible sales does)");
    expectVersion(document, input);
    if (document.status !== DocumentStatus.APPROVED || document.customerSignedAt) {
      throw notAllowed(document.customerSignedAt ? 'The customer has signed already.' : 'The sales confirms the list before the customer signs it.', document);
    }
    const signedBy = input.signedBy.trim();
    if (!signedBy) throw invalid({ signedBy: 'REQUIRED' });
    return this.transition(document, input, [DocumentStatus.APPROVED], { customerSignedBy: signedBy, customerSignedAt: new Date() }, DocumentAction.SIGNED, viewer.id);
  }

  /**
   * Ends the current review: the document becomes APPROVED or REJECTED (with reason) and so
   * does its latest revision. With `cas`, only if it is still SUBMITTED at that version; the
   * approval engine's own compare-and-set already guards the design solution.
   */
  private async concludeReview(
    unit: UnitOfWork,
    documentId: string,
    cas: { version: number; reviewerId: string } | null,
    outcome: { decision: ReviewDecision; reason: string | null },
  ): Promise<void> {
    const status = outcome.decision === ReviewDecision.APPROVE ? DocumentStatus.APPROVED : DocumentStatus.REJECTED;
    const update = unit.manager
      .createQueryBuilder()
      .update(ProjectDocument)
      .set({ status, rejectionReason: outcome.reason, reviewedById: cas?.reviewerId ?? null, version: () => 'version + 1' })
      .where('id = :id AND status = :submitted', { id: documentId, submitted: DocumentStatus.SUBMITTED });
    if (cas) update.andWhere('version = :version', { version: cas.version });
    if ((await update.execute()).affected !== 1) throw conflict('This document');
    const document = await unit.manager.getRepository(ProjectDocument).findOneByOrFail({ id: documentId });
    await unit.manager.update(DocumentRevision, { documentId, revision: document.revision }, { outcome: status, rejectionReason: outcome.reason });
    await this.recordChange(unit, document, cas?.reviewerId ?? null, status === DocumentStatus.APPROVED ? DocumentAction.APPROVED : DocumentAction.REJECTED);
  }

  /** Compare-and-set on status and version, then the event, then anything else the step writes. */
  private transition(
    document: ProjectDocument,
    input: DocumentVersionInput,
    from: readonly DocumentStatus[],
    changes: Partial<ProjectDocument>,
    action: DocumentAction,
    actorId: string,
    alsoWrite?: (unit: UnitOfWork) => Promise<void>,
  ): Promise<ProjectDocument> {
    return inTransaction(this.dataSource, this.bus, async (unit) => {
      await compareAndSet(unit.manager, ProjectDocument, document.id, { version: input.expectedVersion, statuses: from }, changes, 'This document');
      await alsoWrite?.(unit);
      const updated = await unit.manager.getRepository(ProjectDocument).findOneByOrFail({ id: document.id });
      await this.recordChange(unit, updated, actorId, action);
      return updated;
    });
  }

  private recordChange({ record }: UnitOfWork, document: ProjectDocument, actorId: string | null, action: DocumentAction): Promise<void> {
    return record({
      type: DOCUMENT_CHANGED,
      projectId: document.projectId,
      entityType: 'ProjectDocument',
      entityId: document.id,
      actorId,
      payload: { action, kind: document.kind, title: document.title, status: document.status, revision: document.revision },
    });
  }

  /** A document on a project the viewer may see (else NOT_FOUND), its rule, and the viewer's sides there. */
  private async load(viewer: Viewer, documentId: string): Promise<{ document: ProjectDocument; rule: DocumentRule; sides: Set<ProjectSide> }> {
    const document = isUuid(documentId) ? await this.dataSource.getRepository(ProjectDocument).findOneBy({ id: documentId }) : null;
    if (!document) throw notFound('Document');
    await this.projects.findVisible(viewer, document.projectId).catch(() => {
      throw notFound('Document');
    });
    return { document, rule: DOCUMENT_RULES[document.kind], sides: await this.sidesOn(viewer, document.projectId) };
  }

  private async sidesOn(viewer: Viewer, projectId: string): Promise<Set<ProjectSide>> {
    return sidesOf(await this.dataSource.getRepository(ProjectMember).findBy({ projectId, userId: viewer.id }));
  }

  /** The work order's parts belong to their sides: the sales part to the sales, the technical part to the pre-sales. */
  private checkParts(input: { salesPart?: string | null; technicalPart?: string | null }, sides: Set<ProjectSide>): void {
    if (input.salesPart != null && !sides.has(ProjectSide.SALES)) throw forbidden("write the work order's sales part");
    if (input.technicalPart != null && !sides.has(ProjectSide.PRESALES)) throw forbidden("write the work order's technical part");
  }
}
