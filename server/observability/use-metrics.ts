import { performance } from 'node:perf_hooks';
import { type DocumentNode, type ExecutionResult, getOperationAST, Kind } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { ServerMetrics } from './metrics.js';
import { currentRequest } from './request-context.js';

const INGEST_FIELD = 'ingestArticle';

/**
 * Serves `GET /metrics` in the Prometheus text format and feeds the metrics:
 * one count and one latency sample per GraphQL operation (read from the
 * operation log's request record), one article count per `ingestArticle` field.
 */
export function useMetrics(metrics: ServerMetrics): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname !== '/metrics' || request.method !== 'GET') return;
      endResponse(
        new Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
    onExecute({ args }) {
      const keys = ingestResponseKeys(args.document, args.operationName);
      if (keys.length === 0) return;
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) countArticles(metrics, result, keys);
        },
      };
    },
    onResponse({ response }) {
      const record = currentRequest();
      if (!record?.operation) return;
      const operation = metrics.operationLabel(record.operation.name);
      const failed = record.errorCodes[0] ?? (response.status >= 400 ? `HTTP_${response.status}` : null);
      metrics.requests.inc({ operation, outcome: failed ?? 'ok' });
      metrics.duration.observe({ operation }, (performance.now() - record.startedAt) / 1000);
    },
  };
}

/** The response keys (aliases included) under which the executed operation asks for ingestArticle. */
function ingestResponseKeys(document: DocumentNode, operationName?: string | null): string[] {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return [];
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && selection.name.value === INGEST_FIELD
      ? [selection.alias?.value ?? INGEST_FIELD]
      : [],
  );
}

function countArticles(metrics: ServerMetrics, result: ExecutionResult, keys: string[]): void {
  const failedKeys = new Set((result.errors ?? []).map((error) => error.path?.[0]));
  for (const key of keys) {
    const ingested = !failedKeys.has(key) && result.data?.[key] != null;
    metrics.articles.inc({ outcome: ingested ? 'ingested' : 'failed' });
  }
}
