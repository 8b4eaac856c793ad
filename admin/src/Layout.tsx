import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { LiveRefresh } from './live/LiveRefresh';
import { AppMenu } from './Menu';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu}>
      <LiveRefresh />
      {children}
    </Layout>
  );
}
