import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { LiveRefresh } from './live/LiveRefresh';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout>
      <LiveRefresh />
      {children}
    </Layout>
  );
}
