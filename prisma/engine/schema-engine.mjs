#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
// The Prisma CLI spawns whatever PRISMA_SCHEMA_ENGINE_BINARY points at and talks JSON-RPC 2.0
// over stdio (one JSON document per line; stderr carries JSON log lines). This program speaks
// that protocol and hands the real work to Prisma's own WebAssembly build of the same engine
// (@prisma/schema-engine-wasm), which reaches PostgreSQL through @prisma/adapter-pg.
// The WASM build differs from the native one in a few places, and those are bridged here:
// database creation/removal and raw script execution are done with `pg` directly, `diff`
// output goes back through the CLI's `print` request, shadow databases are created and dropped
// by us, and catalog column types the adapter cannot map are relabelled as text.
// See README.md next to this file.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

// Anything a library prints to stdout would corrupt the JSON-RPC stream the CLI reads.
for (const method of /** @type {const} */ (['log', 'info', 'debug'])) {
  console[method] = (...args) => console.error(...args);
}

const requireHere = createRequire(import.meta.url);
const LOG_TARGET = 'schema_engine::logger';
/** Error code the native engine uses for every RPC error that carries user-facing data. */
const RPC_ERROR_CODE = 4466;

// ---------------------------------------------------------------------------------------------
// Logging, in the shape of the native engine's `tracing` JSON output: the CLI parses each stderr
// line and looks at `level`, `target` and `fields.message` / `fields.error_code`.

/**
 * @param {'INFO' | 'WARN' | 'ERROR'} level
 * @param {string} message
 * @param {Record<string, unknown>} [extra]
 */
function log(level, message, extra = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: LOG_TARGET };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/** A failure the CLI should show to the user, optionally with a Prisma error code (Pxxxx). */
class EngineError extends Error {
  /**
   * @param {string} message
   * @param {{ errorCode?: string, isPanic?: boolean, meta?: Record<string, unknown> }} [options]
   */
  constructor(message, { errorCode, isPanic = false, meta = {} } = {}) {
    super(message);
    this.name = 'EngineError';
    this.errorCode = errorCode;
    this.isPanic = isPanic;
    this.meta = meta;
  }
}

// ---------------------------------------------------------------------------------------------
// Dependencies. adapter-pg's own `pg` and driver-adapter-utils are resolved from adapter-pg's
// location, so the shim uses exactly the copies the adapter was built against, wherever npm
// placed them.

const adapterPgEntry = requireHere.resolve('@prisma/adapter-pg');
const requireFromAdapter = createRequire(adapterPgEntry);

/** @type {any} */
let pgModule;
function pg() {
  pgModule ??= requireFromAdapter('pg');
  return pgModule;
}

function wasmPackageDir() {
  return path.dirname(requireHere.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
}

/** The engine commit hash, read from the package version so `--version` stays instant. */
function engineHash() {
  try {
    const pkg = JSON.parse(readFileSync(path.join(wasmPackageDir(), 'package.json'), 'utf8'));
    const match = /\.([0-9a-f]{40})$/.exec(String(pkg.version));
    if (match?.[1]) return match[1];
  } catch {
    // fall through to the generic label
  }
  return 'unknown';
}

/** @type {Promise<any> | undefined} */
let wasmBindings;
/**
 * The package's entry imports the .wasm file as an ES module, which Node 20 cannot do without a
 * flag, so the module is instantiated by hand against its JS glue code.
 */
function loadWasm() {
  wasmBindings ??= (async () => {
    const gluePath = path.join(wasmPackageDir(), 'schema_engine_bg.js');
    const glue = await import(pathToFileURL(gluePath).href);
    const bytes = await readFile(path.join(wasmPackageDir(), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    if (typeof instance.exports.__wbindgen_start === 'function') instance.exports.__wbindgen_start();
    return glue;
  })();
  return wasmBindings;
}

// ---------------------------------------------------------------------------------------------
// Connection strings.

/**
 * @typedef {{ url: string, database: string, host: string, port: string, user: string, schema: string | undefined }} DbTarget
 */

/** @param {string} url @returns {DbTarget} */
function parseDbUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new EngineError('The provided database string is invalid. The URL could not be parsed.', {
      errorCode: 'P1013',
    });
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new EngineError(
      `This schema engine stand-in only supports postgresql:// URLs (got ${parsed.protocol}//). ` +
        'Unset PRISMA_SCHEMA_ENGINE_BINARY to use the native engine.',
      { errorCode: 'P1013' },
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  return {
    url,
    database,
    host: parsed.hostname || 'localhost',
    port: parsed.port || '5432',
    user: decodeURIComponent(parsed.username) || process.env.USER || 'postgres',
    schema: parsed.searchParams.get('schema') ?? undefined,
  };
}

/** The same server and credentials, another database. @param {string} url @param {string} database */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * pg options for a Prisma-style URL: Prisma's own query parameters are dropped and `schema`
 * becomes the session's search_path, as the native engine does.
 * @param {string} url
 */
function pgConfig(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  for (const prismaOnly of [
    'schema',
    'connection_limit',
    'pool_timeout',
    'connect_timeout',
    'socket_timeout',
    'pgbouncer',
    'statement_cache_size',
  ]) {
    parsed.searchParams.delete(prismaOnly);
  }
  /** @type {Record<string, unknown>} */
  const config = { connectionString: parsed.toString(), connectionTimeoutMillis: 10_000 };
  if (schema) config.options = `-c search_path=${quoteIdent(schema)}`;
  return config;
}

/** @param {string} name */
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Translates a pg / socket error into the user-facing error the native engine would report.
 * @param {any} error
 * @param {DbTarget} target
 */
function toEngineError(error, target) {
  if (error instanceof EngineError) return error;
  const at = `${target.host}:${target.port}`;
  const code = typeof error?.code === 'string' ? error.code : '';
  switch (code) {
    case '3D000':
      return new EngineError(`Database \`${target.database}\` does not exist on the database server at \`${at}\`.`, {
        errorCode: 'P1003',
        meta: { database_name: target.database, database_host: target.host, database_port: target.port },
      });
    case '28P01':
    case '28000':
      return new EngineError(
        `Authentication failed against database server, the provided database credentials for \`${target.user}\` are not valid.\n\n` +
          'Please make sure to provide valid database credentials for the database server at the configured address.',
        { errorCode: 'P1000', meta: { database_user: target.user, database_host: target.host } },
      );
    case '42P04':
      return new EngineError(`Database \`${target.database}\` already exists on the database server at \`${at}\``, {
        errorCode: 'P1009',
      });
    case '42501':
      return new EngineError(`User \`${target.user}\` was denied access on the database \`${target.database}\``, {
        errorCode: 'P1010',
      });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return new EngineError(`Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`, {
        errorCode: 'P1001',
        meta: { database_host: target.host, database_port: target.port },
      });
    default:
      if (/timeout/i.test(String(error?.message))) {
        return new EngineError(`Can't reach database server at \`${at}\` (connection timed out).`, { errorCode: 'P1001' });
      }
      return new EngineError(error?.severity ? `${error.severity}: ${error.message}` : String(error?.message ?? error));
  }
}

/**
 * Runs `work` on a single short-lived connection to `url`. Errors from `work` are reported
 * against `subject` (the database the user named), connection errors against `url` itself.
 * @template T
 * @param {string} url
 * @param {(client: any) => Promise<T>} work
 * @param {DbTarget} [subject]
 * @returns {Promise<T>}
 */
async function withClient(url, work, subject) {
  const target = parseDbUrl(url);
  const client = new (pg().Client)(pgConfig(url));
  // An idle socket error after the work is done must not crash the process.
  client.on('error', () => {});
  try {
    try {
      await client.connect();
    } catch (error) {
      throw toEngineError(error, target);
    }
    try {
      return await work(client);
    } catch (error) {
      const mapped = toEngineError(error, subject ?? target);
      if (mapped !== error) mapped.cause = error;
      throw mapped;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A database where CREATE/DROP DATABASE about `url` can be issued from: `postgres`, else
 * `template1`.
 * @template T
 * @param {string} url
 * @param {(client: any) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withMaintenanceClient(url, work) {
  const subject = parseDbUrl(url);
  try {
    return await withClient(withDatabase(url, 'postgres'), work, subject);
  } catch (error) {
    if (error instanceof EngineError && error.errorCode === 'P1003' && /`postgres`/.test(error.message)) {
      return withClient(withDatabase(url, 'template1'), work, subject);
    }
    throw error;
  }
}

/** @param {string} url */
async function canConnect(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

/** @param {string} url @returns {Promise<string>} */
async function createDatabase(url) {
  const { database } = parseDbUrl(url);
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(database)}`));
  return database;
}

/** DROP DATABASE, disconnecting other sessions first (WITH FORCE needs PostgreSQL 13+). */
async function dropDatabaseOn(client, database) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } catch (error) {
    if (/** @type {any} */ (error)?.code !== '42601') throw error;
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
  }
}

/** @param {string} url */
async function dropDatabase(url) {
  const { database } = parseDbUrl(url);
  await withMaintenanceClient(url, (client) => dropDatabaseOn(client, database));
}

/**
 * Runs a whole SQL script in one simple-protocol round trip, like the native engine's dbExecute:
 * statements may contain semicolons inside strings, dollar quotes or function bodies.
 * @param {string} url @param {string} script
 */
async function executeScript(url, script) {
  await withClient(url, (client) => client.query(script));
}

// ---------------------------------------------------------------------------------------------
// The driver adapter given to the WASM engine.

/**
 * The engine's catalog queries return system types (`"char"`, `int2vector`, `regproc`,
 * `pg_node_tree`, …) that adapter-pg refuses with "Unsupported column type", after which the
 * engine cannot describe the database. Such columns arrive as plain text from the server, so
 * they are relabelled as `text` and handed over unparsed.
 */
function relabelUnmappableColumns() {
  const { types } = pg();
  const b = types.builtins;
  const TEXT_OID = b.TEXT;
  // The OIDs adapter-pg maps itself (mirrors its conversion table); everything else is relabelled.
  const mapped = new Set([
    b.INT2,
    b.INT4,
    b.INT8,
    b.FLOAT4,
    b.FLOAT8,
    b.BOOL,
    b.DATE,
    b.TIME,
    b.TIMETZ,
    b.TIMESTAMP,
    b.TIMESTAMPTZ,
    b.NUMERIC,
    b.MONEY,
    b.JSON,
    b.JSONB,
    b.UUID,
    b.OID,
    b.BPCHAR,
    b.TEXT,
    b.VARCHAR,
    b.BIT,
    b.VARBIT,
    b.INET,
    b.CIDR,
    b.XML,
    b.BYTEA,
    19 /* name */,
    1561,
    1000,
    1001,
    1014,
    1002,
    651,
    1182,
    1021,
    1022,
    1041,
    1005,
    1007,
    1016,
    3807,
    199,
    791,
    1231,
    1028,
    1009,
    1115,
    1185,
    1183,
    2951,
    1563,
    1015,
    143,
  ]);
  const FIRST_USER_OID = 16384;
  const Result = requireFromAdapter('pg/lib/result.js');
  const original = Result.prototype.addFields;
  if (original.__relabelled) return;
  /** @param {Array<{ dataTypeID: number }>} fields */
  function addFields(fields) {
    original.call(this, fields);
    fields.forEach((field, i) => {
      if (mapped.has(field.dataTypeID) || field.dataTypeID >= FIRST_USER_OID) return;
      field.dataTypeID = TEXT_OID;
      if (this._parsers) this._parsers[i] = (/** @type {string} */ value) => value;
    });
  }
  addFields.__relabelled = true;
  Result.prototype.addFields = addFields;
}

/** @type {{ consumeError(id: number): { error: unknown } | undefined } | undefined} */
let adapterErrorRegistry;

/** Pools and shadow databases this process owns, released on exit whatever happens. */
const openAdapters = new Set();
/** @type {Map<string, { adminUrl: string, closePool: () => Promise<void> }>} */
const shadowDatabases = new Map();

/**
 * adapter-pg splits scripts on every `;`, which breaks migrations containing semicolons in string
 * literals or function bodies; the native engine sends the script as one batch, so do that.
 * @param {any} adapter
 */
function sendScriptsWhole(adapter, /** @type {any} */ utils) {
  const driver = adapter.underlyingDriver();
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await driver.query(script);
    } catch (error) {
      const e = /** @type {any} */ (error);
      // Report the server's own words, as the native engine does for a failed migration, rather
      // than the adapter's paraphrase ("No such table: X").
      if (typeof e?.code === 'string' && typeof e?.severity === 'string') {
        throw new utils.DriverAdapterError({
          kind: 'postgres',
          code: e.code,
          severity: e.severity,
          message: e.message,
          detail: e.detail,
          column: e.column,
          hint: e.hint,
        });
      }
      if (typeof adapter.onError === 'function') adapter.onError(error); // throws the adapter's mapped error
      throw error;
    }
  };
  const dispose = adapter.dispose.bind(adapter);
  let disposed;
  adapter.dispose = () => {
    // Idempotent and quiet: the engine and our exit path may both release the same pool.
    disposed ??= dispose()
      .catch((/** @type {Error} */ error) => log('WARN', `Closing a connection pool failed: ${error.message}`))
      .finally(() => openAdapters.delete(adapter));
    return disposed;
  };
  openAdapters.add(adapter);
  return adapter;
}

/**
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
async function createAdapterFactory(datasource) {
  const [{ PrismaPg }, utils] = await Promise.all([
    import(pathToFileURL(adapterPgEntry.replace(/index\.js$/, 'index.mjs')).href),
    import(pathToFileURL(requireFromAdapter.resolve('@prisma/driver-adapter-utils').replace(/index\.js$/, 'index.mjs')).href),
  ]);
  relabelUnmappableColumns();

  const mainUrl = datasource.url;
  /** @param {string} url */
  const makePg = (url) => new PrismaPg(pgConfig(url), { schema: parseDbUrl(url).schema });
  const requireUrl = () => {
    if (!mainUrl) {
      throw new EngineError('No datasource URL was given: set `datasource.url` in prisma.config.ts.', {
        errorCode: 'P1012',
      });
    }
    return mainUrl;
  };

  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      const url = requireUrl();
      try {
        return sendScriptsWhole(await makePg(url).connect(), utils);
      } catch (error) {
        throw toEngineError(error, parseDbUrl(url));
      }
    },
    async connectToShadowDb() {
      const url = requireUrl();
      if (datasource.shadowDatabaseUrl) return connectToConfiguredShadow(datasource.shadowDatabaseUrl, url, makePg, utils);
      return connectToThrowawayShadow(url, makePg, utils);
    },
  };
  const bound = utils.bindMigrationAwareSqlAdapterFactory(factory);
  adapterErrorRegistry = bound.errorRegistry;
  return bound;
}

/**
 * A fresh database next to the main one, dropped when the engine disposes of it (or when this
 * process exits, if the engine never does).
 * @param {string} mainUrl @param {(url: string) => any} makePg @param {any} utils
 */
async function connectToThrowawayShadow(mainUrl, makePg, utils) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  try {
    await withClient(mainUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (error) {
    throw new EngineError(
      'The shadow database (a throwaway database Prisma Migrate diffs against) could not be created: ' +
        'give the database user the CREATEDB privilege, or set `datasource.shadowDatabaseUrl` in prisma.config.ts ' +
        `(https://pris.ly/d/migrate-shadow).\n\nDatabase error: ${/** @type {any} */ (error).cause?.message ?? /** @type {Error} */ (error).message}`,
      { errorCode: 'P3014' },
    );
  }
  const shadowUrl = withDatabase(mainUrl, name);
  log('INFO', `Created shadow database ${name}`);
  const adapter = sendScriptsWhole(await makePg(shadowUrl).connect(), utils);
  shadowDatabases.set(name, { adminUrl: mainUrl, closePool: adapter.dispose });
  /** @type {Promise<void> | undefined} */
  let released;
  adapter.dispose = () => (released ??= dropShadow(name));
  return adapter;
}

/** Closes the shadow database's pool (its sessions would block the drop), then drops it. */
async function dropShadow(/** @type {string} */ name) {
  const entry = shadowDatabases.get(name);
  if (!entry) return;
  shadowDatabases.delete(name);
  await entry.closePool();
  try {
    await withClient(entry.adminUrl, (client) => dropDatabaseOn(client, name));
    log('INFO', `Dropped shadow database ${name}`);
  } catch (error) {
    log('WARN', `Could not drop shadow database ${name}: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * A user-provided shadow database (datasource.shadowDatabaseUrl) is emptied before use, as the
 * native engine does, and never dropped.
 * @param {string} shadowUrl @param {string} mainUrl @param {(url: string) => any} makePg @param {any} utils
 */
async function connectToConfiguredShadow(shadowUrl, mainUrl, makePg, utils) {
  const shadow = parseDbUrl(shadowUrl);
  const main = parseDbUrl(mainUrl);
  if (shadow.host === main.host && shadow.port === main.port && shadow.database === main.database) {
    throw new EngineError(
      'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
    );
  }
  await withClient(shadowUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(shadow.schema ?? 'public')}`);
  });
  return sendScriptsWhole(await makePg(shadowUrl).connect(), utils);
}

// ---------------------------------------------------------------------------------------------
// The JSON-RPC server.

/**
 * @typedef {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string }, cli: string[], version: boolean, help: boolean }} Args
 */

/** @param {string[]} argv @returns {Args} */
function parseArgs(argv) {
  /** @type {Args} */
  const args = { datamodels: [], datasource: {}, cli: [], version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new EngineError(`Missing value for ${arg}`);
      return next;
    };
    switch (arg) {
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--datamodels':
      case '-d':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = JSON.parse(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        // The WASM engine takes neither; PostgreSQL needs no preview feature for migrations.
        value();
        break;
      case 'cli':
        args.cli = argv.slice(i + 1);
        i = argv.length;
        break;
      default:
        throw new EngineError(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

/**
 * @param {Args} args
 */
function createServer(args) {
  /** @type {Promise<any> | undefined} */
  let enginePromise;
  /** @type {Map<number, (message: any) => void>} */
  const pendingCalls = new Map();
  let nextCallId = 1;

  /** @param {unknown} message */
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  const engine = () => {
    enginePromise ??= (async () => {
      const wasm = await loadWasm();
      const datamodels = args.datamodels.length
        ? await Promise.all(args.datamodels.map(async (file) => [file, await readFile(path.resolve(file), 'utf8')]))
        : undefined;
      const adapter = await createAdapterFactory(args.datasource);
      // The WASM engine logs the same tracing JSON lines the native engine writes to stderr.
      const onLog = (/** @type {string} */ line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
      return wasm.SchemaEngine.new({ datamodels }, onLog, adapter);
    })();
    return enginePromise;
  };

  /** Asks the CLI to print text on its stdout: how the native engine returns `diff` output. */
  const print = (/** @type {string} */ content) =>
    new Promise((resolve, reject) => {
      const id = nextCallId++;
      pendingCalls.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(undefined)));
      send({ jsonrpc: '2.0', method: 'print', params: { content }, id });
    });

  /** @param {any} datasourceParam */
  const urlOf = (datasourceParam) => {
    const url = datasourceParam?.tag === 'ConnectionString' || datasourceParam?.tag === 'url' ? datasourceParam.url : args.datasource.url;
    if (!url) throw new EngineError('No datasource URL was given: set `datasource.url` in prisma.config.ts.', { errorCode: 'P1012' });
    return url;
  };

  /** @type {Record<string, (params: any) => Promise<unknown>>} */
  const handlers = {
    async dbExecute(params) {
      await executeScript(urlOf(params.datasourceType), params.script);
      return null;
    },
    async createDatabase(params) {
      return { databaseName: await createDatabase(urlOf(params.datasource)) };
    },
    async dropDatabase(params) {
      // Takes a bare URL; never fall back to the configured database for a destructive call.
      const url = typeof params === 'string' ? params : (params?.datasource?.url ?? params?.url);
      if (typeof url !== 'string') throw new EngineError('dropDatabase needs the URL of the database to drop.');
      await dropDatabase(url);
      return null;
    },
    async ensureConnectionValidity(params) {
      await canConnect(urlOf(params.datasource));
      return {};
    },
    async diff(params) {
      const result = await (await engine()).diff(params);
      // The native engine strips one trailing newline and the CLI adds it back when printing.
      if (result.stdout) await print(result.stdout.replace(/\n$/, ''));
      return { exitCode: result.exitCode, stdout: null };
    },
    async getDatabaseVersion(params) {
      return (await engine()).version(params ?? null);
    },
    async debugPanic() {
      return (await engine()).debugPanic();
    },
  };
  handlers.version = handlers.getDatabaseVersion;
  for (const method of [
    'applyMigrations',
    'createMigration',
    'devDiagnostic',
    'diagnoseMigrationHistory',
    'evaluateDataLoss',
    'introspect',
    'introspectSql',
    'markMigrationApplied',
    'markMigrationRolledBack',
    'reset',
    'schemaPush',
  ]) {
    // Called as a method on the instance: wasm-bindgen methods lose their `this` otherwise.
    handlers[method] = async (params) => (await engine())[method](params);
  }

  /** @param {any} request */
  const handle = async (request) => {
    const handler = Object.hasOwn(handlers, request.method) ? handlers[request.method] : undefined;
    if (!handler) {
      return { jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } };
    }
    try {
      const result = await handler(request.params);
      return { jsonrpc: '2.0', id: request.id, result: result === undefined ? null : result };
    } catch (error) {
      const failure = describeFailure(error);
      log('ERROR', failure.message, { error_code: failure.errorCode ?? '', is_panic: failure.isPanic });
      return {
        jsonrpc: '2.0',
        id: request.id,
        error: {
          code: RPC_ERROR_CODE,
          message: 'An error happened. Check the data field for details.',
          data: {
            is_panic: failure.isPanic,
            message: failure.message,
            meta: failure.meta,
            ...(failure.errorCode ? { error_code: failure.errorCode } : {}),
          },
        },
        panicked: failure.isPanic,
      };
    }
  };

  const inFlight = new Set();
  return {
    /** @param {string} line */
    onLine(line) {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
        return;
      }
      if (message.method === undefined) {
        // A reply to one of our own requests (`print`).
        const resolve = pendingCalls.get(message.id);
        pendingCalls.delete(message.id);
        resolve?.(message);
        return;
      }
      if (message.id === undefined || message.id === null) return; // notifications need no reply
      const work = handle(message).then(({ panicked, ...response }) => {
        send(response);
        // A panicked WASM instance cannot be trusted again; the native engine exits with 101 too.
        if (panicked) void shutdown(101);
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
    async drain() {
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * @param {unknown} error
 * @returns {{ message: string, errorCode?: string, isPanic: boolean, meta: Record<string, unknown> }}
 */
function describeFailure(error) {
  if (error instanceof EngineError) {
    return { message: error.message, errorCode: error.errorCode, isPanic: error.isPanic, meta: error.meta };
  }
  const e = /** @type {any} */ (error);
  if (e instanceof WebAssembly.RuntimeError || e?.name === 'RuntimeError') {
    return { message: `The schema engine panicked: ${e.message}`, isPanic: true, meta: {} };
  }
  // Known engine errors carry a Prisma code; unknown ones end with a span trace that is noise
  // for users ("   0: sql_schema_connector::…").
  let message = String(e?.message ?? e)
    .replace(/\n\s+0: [\w:]+[\s\S]*$/, '')
    .trimEnd();
  let errorCode = typeof e?.code === 'string' && /^P\d{4}$/.test(e.code) ? e.code : undefined;
  // Exceptions thrown on the JS side of the adapter reach us only as "External error id#N";
  // the original sits in the adapter's error registry.
  const external = /External error id#(\d+)/.exec(message);
  const original = external ? adapterErrorRegistry?.consumeError(Number(external[1]))?.error : undefined;
  if (original instanceof EngineError) {
    return { message: original.message, errorCode: original.errorCode, isPanic: false, meta: original.meta };
  }
  if (original) message = message.replace(/External error id#\d+/, String(original instanceof Error ? original.message : original));
  // The engine renders some adapter errors without the code the native engine gives them.
  if (!errorCode && /^Database `[^`]*` does not exist/.test(message)) errorCode = 'P1003';
  return { message, errorCode, isPanic: false, meta: e?.meta ?? {} };
}

// ---------------------------------------------------------------------------------------------
// Shutdown: pools closed and shadow databases dropped however the process is asked to stop.

let shuttingDown;
/** @param {number} code */
function shutdown(code) {
  shuttingDown ??= (async () => {
    const deadline = new Promise((resolve) => setTimeout(resolve, 8_000).unref());
    const cleanup = (async () => {
      await Promise.allSettled([...shadowDatabases.keys()].map(dropShadow));
      await Promise.allSettled([...openAdapters].map((adapter) => adapter.dispose()));
    })();
    await Promise.race([cleanup, deadline]);
    process.exit(code);
  })();
  return shuttingDown;
}

/** `schema-engine cli <command>`: one-shot commands, answered through the exit code and stderr. */
async function runCliCommand(/** @type {Args} */ args) {
  log('INFO', 'Starting schema engine CLI', { git_hash: engineHash() });
  const [command] = args.cli;
  try {
    const url = args.datasource.url;
    if (!url) throw new EngineError('The datasource URL is missing: pass --datasource {"url": …}.', { errorCode: 'P1012' });
    switch (command) {
      case 'can-connect-to-database':
        await canConnect(url);
        log('INFO', 'Connection successful');
        break;
      case 'create-database':
        log('INFO', `Database '${await createDatabase(url)}' was successfully created.`);
        break;
      case 'drop-database':
        await dropDatabase(url);
        log('INFO', 'The database was successfully dropped.');
        break;
      default:
        throw new EngineError(`Unknown cli command: ${command ?? '(none)'}`);
    }
    return 0;
  } catch (error) {
    const failure = describeFailure(error);
    log('ERROR', failure.message, { is_panic: false, error_code: failure.errorCode ?? '' });
    return 1;
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
    process.exit(2);
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
    return;
  }
  if (args.help) {
    process.stdout.write(
      'schema-engine (WASM stand-in)\n\nUSAGE:\n  schema-engine [--datamodels <file>]... [--datasource <json>]   JSON-RPC over stdio\n' +
        '  schema-engine --datasource <json> cli <can-connect-to-database|create-database|drop-database>\n  schema-engine --version\n',
    );
    return;
  }
  if (args.cli.length) {
    process.exitCode = await runCliCommand(args);
    return;
  }

  log('INFO', 'Starting schema engine RPC server (WASM stand-in)', { git_hash: engineHash() });
  const server = createServer(args);
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => server.onLine(line));
  input.on('close', () => {
    void server.drain().then(() => shutdown(0));
  });
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) process.on(signal, () => void shutdown(0));
}

process.on('unhandledRejection', (reason) => {
  log('ERROR', `Unhandled failure in the schema engine stand-in: ${/** @type {Error} */ (reason)?.stack ?? reason}`, { is_panic: true });
  void shutdown(101);
});

await main();
