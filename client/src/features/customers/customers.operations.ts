import { graphql } from '../../gql';

/** A customer in the list: organisation, open tickets and service expiry. */
export const CUSTOMER_ROW = graphql(`
  fragment CustomerRow on Customer {
    id
    name
    industry
    address
    openTicketCount
    serviceExpiresOn
    version
  }
`);

/** The whole profile (客户档案): people, what they bought, contracts, equipment, and the history of tickets and projects. */
export const CUSTOMER_PROFILE_DETAIL = graphql(`
  fragment CustomerProfileDetail on Customer {
    ...CustomerRow
    contacts {
      id
      name
      title
      phone
      email
      version
    }
    products {
      id
      product
      version
      serialNumber
      purchasedOn
      recordVersion
    }
    contracts {
      id
      number
      startsOn
      serviceExpiresOn
      active
      version
      slaPolicy {
        id
        name
      }
    }
    equipment {
      id
      name
      model
      serialNumber
      location
      version
    }
    tickets(limit: 100) {
      id
      number
      title
      status
      priority
      createdAt
      assignee {
        id
        name
      }
    }
    projects {
      id
      name
      stage
      createdAt
    }
  }
`);

export const CUSTOMER_LIST = graphql(`
  query CustomerList {
    customers {
      ...CustomerRow
    }
  }
`);

export const CUSTOMER_PROFILE = graphql(`
  query CustomerProfile($id: ID!) {
    customer(id: $id) {
      ...CustomerProfileDetail
    }
  }
`);

/** The SLA policies a contract may name, the default first. */
export const CONTRACT_SLA_POLICIES = graphql(`
  query ContractSlaPolicies {
    slaPolicies {
      id
      name
      isDefault
    }
  }
`);

export const CREATE_CUSTOMER = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerRow
    }
  }
`);

export const UPDATE_CUSTOMER = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      ...CustomerRow
    }
  }
`);

export const SAVE_CONTACT = graphql(`
  mutation SaveContact($input: SaveContactInput!) {
    saveContact(input: $input) {
      id
    }
  }
`);

export const REMOVE_CONTACT = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id)
  }
`);

export const SAVE_CUSTOMER_PRODUCT = graphql(`
  mutation SaveCustomerProduct($input: SaveCustomerProductInput!) {
    saveCustomerProduct(input: $input) {
      id
    }
  }
`);

export const REMOVE_CUSTOMER_PRODUCT = graphql(`
  mutation RemoveCustomerProduct($id: ID!) {
    removeCustomerProduct(id: $id)
  }
`);

export const SAVE_CUSTOMER_CONTRACT = graphql(`
  mutation SaveCustomerContract($input: SaveCustomerContractInput!) {
    saveCustomerContract(input: $input) {
      id
    }
  }
`);

export const REMOVE_CUSTOMER_CONTRACT = graphql(`
  mutation RemoveCustomerContract($id: ID!) {
    removeCustomerContract(id: $id)
  }
`);

export const SAVE_CUSTOMER_EQUIPMENT = graphql(`
  mutation SaveCustomerEquipment($input: SaveCustomerEquipmentInput!) {
    saveCustomerEquipment(input: $input) {
      id
    }
  }
`);

export const REMOVE_CUSTOMER_EQUIPMENT = graphql(`
  mutation RemoveCustomerEquipment($id: ID!) {
    removeCustomerEquipment(id: $id)
  }
`);

export const CREATE_PORTAL_USER = graphql(`
  mutation CreatePortalUser($input: CreatePortalUserInput!) {
    createPortalUser(input: $input) {
      id
      name
      email
    }
  }
`);
