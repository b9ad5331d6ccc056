import type { DataSource } from 'typeorm';
import type { EventBus } from '../../platform/events/event-bus';

/** Customer profiles (客户档案): contacts, products bought, contracts, equipment. */
export class CustomerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}
}
