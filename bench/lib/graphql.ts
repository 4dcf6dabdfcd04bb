// A small GraphQL-over-HTTP client for the sequential timings (fetch keeps connections alive).

export class GraphQLResponseError extends Error {}

export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphQLResponseError(`${url}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new GraphQLResponseError(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!res.ok || !body.data) throw new GraphQLResponseError(`${url}: HTTP ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}
