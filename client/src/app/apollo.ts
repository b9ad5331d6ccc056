import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { liveConnection } from './live-connection';
import { reportSessionEnded } from './session-events';

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/** Subscriptions go over the signed-in user's WebSocket, whichever one is current. */
const wsLink = new ApolloLink((operation) => liveConnection.link().request(operation));

const sessionLink = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) reportSessionEnded();
});

const cache = new InMemoryCache({
  typePolicies: {
    Project: { keyFields: ['id'] },
    Query: {
      fields: {
        // A fresh answer from the server is the whole board and replaces the old list; live
        // changes are written into it one project at a time (features/board/board-cache.ts).
        projects: { keyArgs: ['stage'], merge: false },
      },
    },
  },
});

export const apolloClient = new ApolloClient({
  cache,
  link: ApolloLink.from([
    sessionLink,
    ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink),
  ]),
});
