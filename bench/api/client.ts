/** One GraphQL request: a query document and its variables. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Every bench request is a JSON POST, which also satisfies the server's CSRF prevention. */
export const JSON_HEADERS = { 'content-type': 'application/json' };

/** Sends one request and returns its data; a non-2xx answer or any GraphQL error throws, naming the server. */
export async function queryData<T = Record<string, unknown>>(
  url: string,
  request: GraphQLRequest,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length)
    throw new Error(`${url} answered with errors: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!body.data) throw new Error(`${url} answered without data`);
  return body.data;
}
