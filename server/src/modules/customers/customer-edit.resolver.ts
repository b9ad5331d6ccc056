import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { User } from '../users/user.entity';
import { Customer } from './customer.entity';
import { CreateCustomerInput, CreatePortalUserInput, UpdateCustomerInput } from './customer.inputs';
import { CUSTOMER_EDITORS, PORTAL_USER_CREATORS } from './customer.policy';

/** Creating and renaming customer organisations, and opening their portal accounts. */
@Resolver(() => Customer)
export class CustomerEditResolver {
  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Customer, { description: 'A new customer organisation (VALIDATION name REQUIRED).' })
  createCustomer(@Ctx() context: Context, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput): Promise<Customer> {
    return context.services.customers.create(requireUser(context), input);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Customer, { description: "Changes an organisation's name, industry and address (NOT_FOUND, VALIDATION)." })
  updateCustomer(@Ctx() context: Context, @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput): Promise<Customer> {
    return context.services.customers.update(requireUser(context), input);
  }

  @SignedIn(...PORTAL_USER_CREATORS)
  @Mutation(() => User, {
    description: 'A portal account (role CUSTOMER) for the organisation: VALIDATION email INVALID_EMAIL / TAKEN, password TOO_SHORT (< 10); NOT_FOUND customer.',
  })
  createPortalUser(@Ctx() context: Context, @Arg('input', () => CreatePortalUserInput) input: CreatePortalUserInput): Promise<User> {
    return context.services.customers.createPortalUser(requireUser(context), input);
  }
}
