import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Approval } from '../approvals/approval.entity';
import { ApprovalKind } from '../approvals/approval.enums';
import { Project } from '../projects/project.entity';
import { Role } from '../users/role.enum';
import { User } from '../users/user.entity';
import { loadUserOrFail } from '../users/user.loaders';
import { DocumentRevision } from './document-revision.entity';
import {
  CreateProjectDocumentInput,
  DocumentVersionInput,
  RecordCustomerSignatureInput,
  ReviewProjectDocumentInput,
  UpdateProjectDocumentInput,
} from './document.inputs';
import { DocumentStatus } from './document.enums';
import { isCustomerOnly } from './document.policy';
import { ProjectDocument } from './project-document.entity';

/** Documents are written by the project's sales and pre-sales. */
const WRITERS = [Role.SALES, Role.PRESALES];

@Resolver(() => ProjectDocument)
export class ProjectDocumentResolver {
  @SignedIn(...WRITERS)
  @Mutation(() => ProjectDocument, { description: 'Starts a document of a kind the project asked for, as a DRAFT.' })
  createProjectDocument(@Ctx() context: Context, @Arg('input', () => CreateProjectDocumentInput) input: CreateProjectDocumentInput): Promise<ProjectDocument> {
    return context.services.documents.create(requireUser(context), input);
  }

  @SignedIn(...WRITERS)
  @Mutation(() => ProjectDocument, { description: 'Edits a DRAFT or REJECTED document (compare-and-set on version).' })
  updateProjectDocument(@Ctx() context: Context, @Arg('input', () => UpdateProjectDocumentInput) input: UpdateProjectDocumentInput): Promise<ProjectDocument> {
    return context.services.documents.update(requireUser(context), input);
  }

  @SignedIn(...WRITERS)
  @Mutation(() => ProjectDocument, { description: 'Sends it for review and keeps this revision; a design solution goes to its approval chain.' })
  submitProjectDocument(@Ctx() context: Context, @Arg('input', () => DocumentVersionInput) input: DocumentVersionInput): Promise<ProjectDocument> {
    return context.services.documents.submit(requireUser(context), input);
  }

  @SignedIn(Role.SALES, Role.PRESALES, Role.PRESALES_MANAGER)
  @Mutation(() => ProjectDocument, { description: 'Approves a submitted document, or rejects it with a reason.' })
  reviewProjectDocument(@Ctx() context: Context, @Arg('input', () => ReviewProjectDocumentInput) input: ReviewProjectDocumentInput): Promise<ProjectDocument> {
    return context.services.documents.review(requireUser(context), input);
  }

  @SignedIn(Role.SALES)
  @Mutation(() => ProjectDocument, { description: "Records the customer's signature on a confirmed site-entry list." })
  recordCustomerSignature(@Ctx() context: Context, @Arg('input', () => RecordCustomerSignatureInput) input: RecordCustomerSignatureInput): Promise<ProjectDocument> {
    return context.services.documents.recordCustomerSignature(requireUser(context), input);
  }

  @FieldResolver(() => User)
  createdBy(@Root() document: ProjectDocument, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, document.createdById);
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() document: ProjectDocument, @Ctx() context: Context): Promise<User | null> {
    return document.reviewedById ? context.loaders.userById.load(document.reviewedById) : Promise.resolve(null);
  }

  @FieldResolver(() => [DocumentRevision], { description: 'Every submitted revision, newest first (a customer: the approved ones).' })
  async revisions(@Root() document: ProjectDocument, @Ctx() context: Context): Promise<DocumentRevision[]> {
    const revisions = await context.loaders.revisionsByDocument.load(document.id);
    return isCustomerOnly(requireUser(context)) ? revisions.filter((revision) => revision.outcome === DocumentStatus.APPROVED) : revisions;
  }

  @FieldResolver(() => Approval, { nullable: true, description: "A design solution's approval chain (never shown to a customer)." })
  approval(@Root() document: ProjectDocument, @Ctx() context: Context): Promise<Approval | null> {
    if (!document.approvalId || isCustomerOnly(requireUser(context))) return Promise.resolve(null);
    return context.loaders.approvalById.load(document.approvalId);
  }
}

@Resolver(() => DocumentRevision)
export class DocumentRevisionResolver {
  @FieldResolver(() => User)
  submittedBy(@Root() revision: DocumentRevision, @Ctx() context: Context): Promise<User> {
    return loadUserOrFail(context.loaders, revision.submittedById);
  }
}

/** The documents side of the shared project record, and the document an approval decides. */
@Resolver(() => Project)
export class ProjectDocumentsResolver {
  @FieldResolver(() => [ProjectDocument], { description: 'Documents, newest first (a customer sees only approved, non-internal ones).' })
  documents(@Root() project: Project, @Ctx() context: Context): Promise<ProjectDocument[]> {
    return context.loaders.documentsByProject.load(project.id);
  }
}

@Resolver(() => Approval)
export class ApprovalDocumentResolver {
  @FieldResolver(() => ProjectDocument, { nullable: true, description: 'The design solution this approval decides.' })
  document(@Root() approval: Approval, @Ctx() context: Context): Promise<ProjectDocument | null> {
    return approval.kind === ApprovalKind.DESIGN_SOLUTION ? context.loaders.documentById.load(approval.subjectId) : Promise.resolve(null);
  }
}
