import { Create, SimpleForm } from 'react-admin';
import type { Domain } from '../types';
import { DomainInputs } from './DomainInputs';

/** Opened from an organisation's page, it comes back there. */
export function DomainCreate() {
  return (
    <Create<Domain> redirect={(_resource, _id, domain) => (domain ? `organizations/${domain.organizationId}/show/domains` : 'domains')}>
      <SimpleForm>
        <DomainInputs />
      </SimpleForm>
    </Create>
  );
}
