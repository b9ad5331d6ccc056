import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AttachmentOwnerKind } from './attachment-owner';

/**
 * A file attached to a record (a fault work order's or a ticket's logs and screenshots). The bytes
 * live in PostgreSQL, so every server instance can serve them; they are never selected unless
 * a download asks for them.
 */
@ObjectType({ description: 'An attached file; download it from `url` (same sign-in).' })
@Entity('attachment')
@Index('ix_attachment_owner', ['ownerId', 'createdAt'])
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AttachmentOwnerKind, enumName: 'attachment_owner_kind', default: AttachmentOwnerKind.WORK_ORDER })
  ownerKind: AttachmentOwnerKind;

  /** The work order or ticket it belongs to. */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  fileName: string;

  @Field(() => String)
  @Column({ type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ type: 'integer' })
  size: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex.' })
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
