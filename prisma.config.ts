import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma's CLI otherwise downloads its native schema engine from Prisma's host at start-up, which
// fails offline (for `generate` too). The project's stand-in drives Prisma's published WASM build
// of the same engine and works everywhere; `??=` leaves a user's own choice of engine alone.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma', 'engine', 'schema-engine.mjs');

export default defineConfig({
  schema: path.join(root, 'prisma', 'schema.prisma'),
  migrations: {
    path: path.join(root, 'prisma', 'migrations'),
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/urackit',
  },
});
