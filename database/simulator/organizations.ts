// The two tenants the simulator creates. Their ids are fixed so docs, examples and
// cross-tenant tests can name them.

export interface OrganizationSpec {
  id: string;
  slug: string;
  name: string;
  metadata: Record<string, unknown>;
}

export const DEMO_ORG: OrganizationSpec = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'demo',
  name: 'Demo Industries',
  metadata: { simulated: true, plants: ['command-center', 'demo-manufacturing-plant', 'european-production-facility'] },
};

/** A second, small tenant: same equipment codes as the demo (chiller_001) to prove isolation. */
export const NORTHWIND_ORG: OrganizationSpec = {
  id: '00000000-0000-4000-8000-000000000002',
  slug: 'northwind',
  name: 'Northwind Foods',
  metadata: { simulated: true, plants: ['riverside'] },
};

export const SIMULATED_ORGS = [DEMO_ORG, NORTHWIND_ORG];
