// Until authentication lands, a request belongs to the organization the gateway names in this
// header, or to the demo organization. Every repository query is scoped by it.
export const ORGANIZATION_HEADER = 'x-plantgraph-organization';
export const REQUEST_ID_HEADER = 'x-request-id';
export const DEMO_ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';
