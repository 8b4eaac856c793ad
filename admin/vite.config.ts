import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/** Top-level API paths; the dev server forwards them so the panel always talks to its own origin. */
const API_PATHS = [
  '/auth',
  '/health',
  '/config',
  '/dashboard',
  '/organizations',
  '/contacts',
  '/contact-devices',
  '/account-managers',
  '/domains',
  '/locations',
  '/devices',
  '/device-types',
  '/device-models',
  '/operating-systems',
  '/support-agents',
  '/tickets',
  '/ticket-statuses',
  '/ticket-priorities',
  '/calls',
  '/kb-articles',
  '/sla-policies',
  '/callbacks',
  '/users',
  '/ai',
];

/**
 * Vendor groups, so no single chunk carries the whole of react-admin + MUI (~1 MB). Order
 * matters: the first matching group takes the module.
 */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
  { name: 'mui-icons', test: /node_modules[\\/]@mui[\\/]icons-material[\\/]/ },
  { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/ },
  { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form|react-dropzone)[\\/]/ },
  { name: 'vendor', test: /node_modules[\\/]/ },
];

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const apiTarget = env.URACKIT_API_PROXY ?? 'http://127.0.0.1:3000';
  const proxy = Object.fromEntries(API_PATHS.map((path) => [path, { target: apiTarget }]));
  return {
    plugins: [react()],
    server: {
      port: Number(env.ADMIN_DEV_PORT ?? 5173),
      strictPort: true,
      proxy: { ...proxy, '/events': { target: apiTarget.replace(/^http/, 'ws'), ws: true } },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 600,
      rolldownOptions: { output: { codeSplitting: { groups: VENDOR_GROUPS } } },
    },
  };
});
