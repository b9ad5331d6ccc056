import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { type Context, requireUser } from '../../context';
import { SignedIn } from '../../platform/auth/access';
import { Contact } from './contact.entity';
import { CustomerContract } from './customer-contract.entity';
import { CustomerEquipment } from './customer-equipment.entity';
import { CustomerProduct } from './customer-product.entity';
import { SaveContactInput, SaveCustomerContractInput, SaveCustomerEquipmentInput, SaveCustomerProductInput } from './customer.inputs';
import { CONTRACT_EDITORS, CUSTOMER_EDITORS } from './customer.policy';

/** Contacts, products, contracts and equipment on a profile: save (add without id, change with id) and remove. */
@Resolver()
export class CustomerRecordResolver {
  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Contact, { description: 'Adds or changes a contact (VALIDATION name REQUIRED, email INVALID_EMAIL; NOT_FOUND).' })
  saveContact(@Ctx() context: Context, @Arg('input', () => SaveContactInput) input: SaveContactInput): Promise<Contact> {
    return context.services.customers.records.saveContact(requireUser(context), input);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Boolean, { description: 'Removes a contact; tickets that named them keep no contact.' })
  removeContact(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return context.services.customers.records.removeContact(requireUser(context), id);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => CustomerProduct, { description: 'Adds or changes a product bought (VALIDATION product REQUIRED, purchasedOn INVALID_DATE; NOT_FOUND).' })
  saveCustomerProduct(@Ctx() context: Context, @Arg('input', () => SaveCustomerProductInput) input: SaveCustomerProductInput): Promise<CustomerProduct> {
    return context.services.customers.records.saveProduct(requireUser(context), input);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Boolean)
  removeCustomerProduct(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return context.services.customers.records.removeProduct(requireUser(context), id);
  }

  @SignedIn(...CONTRACT_EDITORS)
  @Mutation(() => CustomerContract, {
    description:
      'Adds or changes a service contract (VALIDATION number REQUIRED, startsOn/serviceExpiresOn INVALID_DATE, serviceExpiresOn BEFORE_START, slaPolicyId NOT_FOUND; NOT_FOUND). New tickets use its policy while it is in force.',
  })
  saveCustomerContract(@Ctx() context: Context, @Arg('input', () => SaveCustomerContractInput) input: SaveCustomerContractInput): Promise<CustomerContract> {
    return context.services.customers.records.saveContract(requireUser(context), input);
  }

  @SignedIn(...CONTRACT_EDITORS)
  @Mutation(() => Boolean)
  removeCustomerContract(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return context.services.customers.records.removeContract(requireUser(context), id);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => CustomerEquipment, { description: 'Adds or changes a piece of equipment (VALIDATION name REQUIRED; NOT_FOUND).' })
  saveCustomerEquipment(@Ctx() context: Context, @Arg('input', () => SaveCustomerEquipmentInput) input: SaveCustomerEquipmentInput): Promise<CustomerEquipment> {
    return context.services.customers.records.saveEquipment(requireUser(context), input);
  }

  @SignedIn(...CUSTOMER_EDITORS)
  @Mutation(() => Boolean)
  removeCustomerEquipment(@Ctx() context: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return context.services.customers.records.removeEquipment(requireUser(context), id);
  }
}
