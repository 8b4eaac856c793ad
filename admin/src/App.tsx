import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { accountManagers } from './account-managers';
import { authProvider } from './auth-provider';
import { callbacks } from './callbacks';
import { calls, LiveCallList } from './calls';
import { contactDevices } from './contact-devices';
import { contacts } from './contacts';
import { CostsPage } from './costs/CostsPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './data-provider';
import { devices } from './devices';
import { domains } from './domains';
import { i18nProvider } from './i18n-provider';
import { kbArticles } from './kb-articles';
import { AppLayout } from './Layout';
import { locations } from './locations';
import { organizations } from './organizations';
import { slaPolicies } from './sla-policies';
import { supportAgents } from './support-agents';
import { tickets } from './tickets';
import { users } from './users';

export function App() {
  return (
    <Admin
      disableTelemetry
      requireAuth
      title="URackIT"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={AppLayout}
    >
      <CustomRoutes>
        <Route path="/costs" element={<CostsPage />} />
      </CustomRoutes>
      <Resource name="tickets" {...tickets} />
      <Resource name="calls" {...calls}>
        <Route path="live" element={<LiveCallList />} />
      </Resource>
      <Resource name="callbacks" {...callbacks} />
      <Resource name="organizations" {...organizations} />
      <Resource name="contacts" {...contacts} />
      <Resource name="devices" {...devices} />
      <Resource name="contact-devices" {...contactDevices} />
      <Resource name="domains" {...domains} />
      <Resource name="locations" {...locations} />
      <Resource name="support-agents" {...supportAgents} />
      <Resource name="account-managers" {...accountManagers} />
      <Resource name="kb-articles" {...kbArticles} />
      <Resource name="sla-policies" {...slaPolicies} />
      <Resource name="users" {...users} />
      {/* Lookups: no pages, but reference fields and selects need them registered. */}
      <Resource name="ticket-priorities" recordRepresentation="name" />
      <Resource name="device-types" recordRepresentation="name" />
      <Resource name="device-models" recordRepresentation="fullName" />
      <Resource name="operating-systems" recordRepresentation="fullName" />
    </Admin>
  );
}
