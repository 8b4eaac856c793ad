import { accountManagers } from './account-managers';
import { contactDevices } from './contact-devices';
import { contacts } from './contacts';
import type { ResourceDef } from './crud';
import { devices } from './devices';
import { domains } from './domains';
import { kbArticles } from './kb-articles';
import { locations } from './locations';
import { lookups } from './lookups';
import { slaPolicies } from './sla-policies';
import { supportAgents } from './support-agents';
import { users } from './users';

/** Resources served by the generic routes alone; the app mounts them and the OpenAPI document lists them. */
export const plainResources: ResourceDef<unknown>[] = [
  contacts,
  contactDevices,
  locations,
  devices,
  domains,
  accountManagers,
  supportAgents,
  kbArticles,
  slaPolicies,
  users,
  ...lookups,
];

/** Listed under an organisation: `GET /organizations/:id/<child>`. */
export const organizationChildren: ResourceDef<unknown>[] = [contacts, locations, devices, domains];
