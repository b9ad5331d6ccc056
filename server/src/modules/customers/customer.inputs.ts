import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new customer organisation.' })
export class CreateCustomerInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType({ description: "A customer organisation's name, industry and address; blank optional fields are cleared." })
export class UpdateCustomerInput extends CreateCustomerInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version edited; a newer one on the server is CONFLICT.' })
  expectedVersion: number;
}

/**
 * What every save of a customer profile record names: the record (none: a new one), the version
 * edited and the customer. Like CustomerRecord, its @InputType only lends these fields to the
 * inputs below (no field takes it, so it is not in the schema).
 */
@InputType()
abstract class SaveCustomerRecordInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required with `id`: the version edited; a newer one on the server is CONFLICT.' })
  expectedVersion?: number | null;

  @Field(() => ID)
  customerId: string;
}

@InputType({ description: 'Adds a contact (without id) or changes one.' })
export class SaveContactInput extends SaveCustomerRecordInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title or department.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: 'Adds a product the customer bought (without id) or changes one.' })
export class SaveCustomerProductInput extends SaveCustomerRecordInput {
  @Field(() => String)
  product: string;

  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  purchasedOn?: string | null;
}

@InputType({ description: 'Adds a service contract (without id) or changes one.' })
export class SaveCustomerContractInput extends SaveCustomerRecordInput {
  @Field(() => String, { description: 'Contract number.' })
  number: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { description: 'Last day of service, YYYY-MM-DD; not before startsOn.' })
  serviceExpiresOn: string;

  @Field(() => ID, { nullable: true, description: "The contract's SLA policy; none: the default policy applies." })
  slaPolicyId?: string | null;
}

@InputType({ description: 'Adds a piece of equipment (without id) or changes one.' })
export class SaveCustomerEquipmentInput extends SaveCustomerRecordInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;
}

@InputType({ description: "A portal account (role CUSTOMER) for one of the customer's people." })
export class CreatePortalUserInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Unique; stored lower-case.' })
  email: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  password: string;
}
