import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in. Kept in PostgreSQL (not in memory) so that every server instance
 * counts the same failures.
 */
@Entity('login_failure')
@Index('ix_login_failure_account', ['account', 'at'])
@Index('ix_login_failure_ip', ['ip', 'at'])
export class LoginFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  account: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
