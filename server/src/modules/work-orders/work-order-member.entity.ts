import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FaultWorkOrder } from './fault-work-order.entity';

/** An R&D engineer the lead brought onto a work order (第四十六条). */
@Entity('work_order_member')
export class WorkOrderMember {
  @PrimaryColumn({ type: 'uuid' })
  workOrderId: string;

  @ManyToOne(() => FaultWorkOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id' })
  workOrder?: FaultWorkOrder;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  addedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
