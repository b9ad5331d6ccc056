import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { User } from '../../modules/users/user.entity';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here. */
@Entity('session')
export class Session {
  @PrimaryColumn({ type: 'text' })
  tokenHash: string;

  @Index('ix_session_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
