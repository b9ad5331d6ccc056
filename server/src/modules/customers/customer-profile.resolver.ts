import { Resolver } from 'type-graphql';
import { Customer } from '../customers/customer.entity';

@Resolver(() => Customer)
export class CustomerProfileResolver {}
