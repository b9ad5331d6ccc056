import { useApolloClient } from '@apollo/client/react';
import type { CustomerProfileDetailFragment } from '../../gql/graphql';
import { CUSTOMER_PROFILE } from './customers.operations';

/** Reads the customer's profile from the server, not the cache: the records as saved now (for an edit that met a newer version). */
export function useLoadProfile(customerId: string): () => Promise<CustomerProfileDetailFragment | null> {
  const client = useApolloClient();
  return async () => {
    const { data } = await client.query({ query: CUSTOMER_PROFILE, variables: { id: customerId }, fetchPolicy: 'network-only' });
    return data?.customer ?? null;
  };
}
