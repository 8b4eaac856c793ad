import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { LiveCallUpdates } from './live/LiveCallUpdates';
import { LiveEventsProvider } from './live/LiveEventsProvider';
import { LiveRefresh } from './live/LiveRefresh';
import { TransferWatcher } from './live/TransferWatcher';
import { AppMenu } from './Menu';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <LiveEventsProvider>
      <Layout menu={AppMenu}>
        <LiveRefresh />
        <LiveCallUpdates />
        <TransferWatcher />
        {children}
      </Layout>
    </LiveEventsProvider>
  );
}
