import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  type ValidationRule,
  execute,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError, ErrorCode, maskError } from './errors';
import { SubscriptionGroups } from './subscription-groups';
import { nulError, nulFieldsOf } from './text-input';

export interface WsSession<TContext> {
  /** Identifies the login session, so that logging out can close its sockets. */
  sessionKey: string;
  /**
   * Visibility scope of a subscription to these root fields: sockets with the same scope and
   * operation share one execution.
   */
  scopeFor(rootFields: readonly string[]): string;
  newContext(): TContext;
}

export interface WsOptions<TContext> {
  schema: GraphQLSchema;
  /** Hides schema details (suggestions, raw error text in close reasons). */
  production: boolean;
  validationRules: readonly ValidationRule[];
  maxPayloadBytes: number;
  isAllowedOrigin(origin: string | undefined, request: IncomingMessage): boolean;
  authenticate(request: IncomingMessage): Promise<WsSession<TContext> | null>;
  /** See GroupOptions.verify. */
  verifyMembers(scope: string, sessionKeys: string[]): Promise<Set<string>>;
  report(error: unknown): void;
}

export interface GraphqlWs {
  groups: SubscriptionGroups;
  closeSession(sessionKey: string): void;
  close(): Promise<void>;
}

export const WS_PATH = '/graphql';
/** Close codes the client understands: the session is gone, sign in again. */
export const CLOSE_SESSION_ENDED = 4401;

interface SocketExtra extends Record<PropertyKey, unknown> {
  session?: WsSession<unknown>;
}

/**
 * graphql-ws on the HTTP server's port. Browsers from other origins are refused at the
 * upgrade; the session cookie is checked when the connection opens; every operation is
 * parsed and validated here with the same limits as HTTP, since graphql-ws does not run
 * Apollo's plugins.
 */
export function attachGraphqlWs<TContext>(httpServer: Server, options: WsOptions<TContext>): GraphqlWs {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes, perMessageDeflate: false });
  const groups = new SubscriptionGroups({ verify: options.verifyMembers, report: options.report });
  const socketsBySession = new Map<string, Set<WebSocket>>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== WS_PATH) return;
    if (!options.isAllowedOrigin(request.headers.origin, request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  httpServer.on('upgrade', onUpgrade);

  const rules = [...specifiedRules, ...options.validationRules];
  // The session of each operation's context, for grouping in `subscribe`.
  const sessionsOfContext = new WeakMap<object, WsSession<TContext>>();
  const mask = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((error) => maskError(error.toJSON(), error, options.report)) } : result;

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema: options.schema,
      isProd: options.production,
      onConnect: async (ctx) => {
        const session = await options.authenticate(ctx.extra.request);
        if (!session || ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        ctx.extra.session = session;
        const sockets = socketsBySession.get(session.sessionKey) ?? new Set();
        sockets.add(ctx.extra.socket);
        socketsBySession.set(session.sessionKey, sockets);
        ctx.extra.socket.once('close', () => {
          sockets.delete(ctx.extra.socket);
          if (sockets.size === 0) socketsBySession.delete(session.sessionKey);
        });
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // The session is looked up again for every operation: one that expired, was logged
        // out or whose user lost access since the socket opened gets nothing more.
        const session = await options.authenticate(ctx.extra.request);
        if (!session || session.sessionKey !== (ctx.extra.session as WsSession<TContext>).sessionKey) {
          ctx.extra.socket.close(CLOSE_SESSION_ENDED, 'Session ended');
          return [new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.')];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(options.schema, document, rules, { hideSuggestions: options.production });
        if (errors.length > 0) return errors;
        const nulFields = nulFieldsOf(payload.variables);
        if (Object.keys(nulFields).length > 0) return [nulError(nulFields)];
        const contextValue = session.newContext() as object;
        sessionsOfContext.set(contextValue, session);
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
          hideSuggestions: options.production,
        };
      },
      execute: (args) => execute(args),
      subscribe: (args) => {
        const session = sessionsOfContext.get(args.contextValue as object);
        if (!session) throw new Error('operation without a session');
        return groups.subscribe(args, session.scopeFor(rootFieldsOf(args.document, args.operationName)), session.sessionKey);
      },
      onNext: (_ctx, _id, _payload, _args, result) => mask(result),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => maskError(error.toJSON(), error, options.report)),
    },
    wss,
  );

  return {
    groups,
    closeSession(sessionKey) {
      for (const socket of socketsBySession.get(sessionKey) ?? []) socket.close(CLOSE_SESSION_ENDED, 'Session ended');
      socketsBySession.delete(sessionKey);
    },
    async close() {
      httpServer.off('upgrade', onUpgrade);
      for (const socket of wss.clients) socket.terminate();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** The root field names the operation selects (aliases aside). */
function rootFieldsOf(document: DocumentNode, operationName: string | null | undefined): string[] {
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : ['…']));
}
