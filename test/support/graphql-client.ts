/** POSTs one operation and returns the parsed body; HTTP status is kept for error-path tests. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, any> }[]; extensions?: Record<string, any> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Record<string, any>;
  return { status: res.status, ...body };
}

/** What a client sees of an answer, less the request id that differs on every request. */
export function withoutRequestId(answer: Awaited<ReturnType<typeof postGraphQL>>) {
  const { extensions, ...rest } = answer;
  const { requestId: _id, ...other } = extensions ?? {};
  return { ...rest, extensions: other };
}
