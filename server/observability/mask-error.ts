import { GraphQLError } from 'graphql';
import { StoreUnavailableError } from '../../graph/store-unavailable.js';
import { logger } from './logger.js';
import { currentRequest } from './request-context.js';

const STORE_UNAVAILABLE_MESSAGE = 'the graph store is unavailable; try again shortly';

/** Errors this module has logged; Yoga logs every error it masks again, and must not. */
const logged = new WeakSet<object>();

export function loggedByMaskError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && logged.has(error);
}

function markLogged(error: unknown): void {
  if (typeof error === 'object' && error !== null) logged.add(error);
}

/**
 * Yoga's maskError: GraphQL errors raised on purpose (bad input, not found,
 * unauthenticated…) pass through; a store that cannot be reached becomes
 * STORE_UNAVAILABLE with HTTP 503; anything else is logged in full and the
 * client sees only `message` ("Unexpected error.") and the request id.
 */
export function maskError(error: unknown, message: string): Error {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (cause instanceof StoreUnavailableError) return storeUnavailable(error, cause);
  if (isRaisedOnPurpose(error)) return error;
  const requestId = currentRequest()?.id;
  logger.error({ err: cause, path: pathOf(error) }, 'unexpected error');
  markLogged(error);
  return new GraphQLError(message, {
    ...locationOf(error),
    // `unexpected` marks it as Yoga's own masking does; Yoga leaves it out of the response.
    extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true, ...(requestId ? { requestId } : {}) },
  });
}

/** A GraphQLError all the way down: thrown as such by a resolver or by GraphQL itself, not wrapping a crash. */
function isRaisedOnPurpose(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  return !error.originalError || isRaisedOnPurpose(error.originalError);
}

function storeUnavailable(error: unknown, cause: StoreUnavailableError): GraphQLError {
  logger.warn({ reason: cause.message }, 'graph store unavailable');
  markLogged(error);
  return new GraphQLError(STORE_UNAVAILABLE_MESSAGE, {
    ...locationOf(error),
    extensions: { code: 'STORE_UNAVAILABLE', http: { status: 503 } },
  });
}

function locationOf(error: unknown) {
  if (!(error instanceof GraphQLError)) return {};
  return { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
}

function pathOf(error: unknown): string | undefined {
  return error instanceof GraphQLError ? error.path?.join('.') : undefined;
}
