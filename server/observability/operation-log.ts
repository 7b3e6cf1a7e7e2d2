import { performance } from 'node:perf_hooks';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { logger } from './logger.js';
import { currentRequest, type RequestRecord, withRequestRecord } from './request-context.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';

/**
 * Gives every request an id (echoed in the x-request-id response header) and
 * writes one log line per GraphQL operation: request id, operation name and
 * type, duration, HTTP status and the error codes of the result.
 */
export function useOperationLog(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, handle) => withRequestRecord(newRecord(request), handle),
    },
    onParams({ params }) {
      const record = currentRequest();
      if (record) record.operation = { name: params.operationName ?? null, type: null };
    },
    // From the parsed document, so that an operation refused by validation still has its name.
    onParse:
      () =>
      ({ result }) => {
        if (result && !(result instanceof Error)) noteOperation(result);
      },
    onExecutionResult({ result }) {
      const record = currentRequest();
      if (record && result && !isAsyncIterable(result)) record.errorCodes.push(...errorCodesOf(result));
    },
    onResponse({ response }) {
      const record = currentRequest();
      if (!record) return;
      response.headers.set(REQUEST_ID_HEADER, record.id);
      if (record.operation) logOperation(record, response.status);
    },
  };
}

function newRecord(request: Request): RequestRecord {
  return { id: requestIdFor(request.headers), startedAt: performance.now(), operation: null, errorCodes: [] };
}

/** The operation the request selects: its name from the document when the request did not give one. */
function noteOperation(document: DocumentNode): void {
  const record = currentRequest();
  if (!record) return;
  const operation = getOperationAST(document, record.operation?.name);
  record.operation = { name: operation?.name?.value ?? null, type: operation?.operation ?? null };
}

function errorCodesOf(result: ExecutionResult): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNCODED'));
}

function logOperation(record: RequestRecord, status: number): void {
  const line = {
    operation: record.operation?.name,
    operationType: record.operation?.type,
    durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
    status,
    ...(record.errorCodes.length > 0 ? { errors: record.errorCodes } : {}),
  };
  if (status >= 500) logger.error(line, 'graphql operation');
  else logger.info(line, 'graphql operation');
}
