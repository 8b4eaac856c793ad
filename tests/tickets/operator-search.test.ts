import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Payload } from '@temporalio/common';
import { findTemporalCli } from '../../infra/temporal-cli';
import { ticketWorkflowId } from '../../workflows/ticket/messages';
import { eventually } from '../support/eventually';
import { repoRoot } from '../support/temporal';
import { startTicketHarness, type TicketHarness } from '../support/ticket-harness';
import { readHistoryPayload } from '../../infra/temporal';

const run = promisify(execFile);
let harness: TicketHarness;
let cli: string;

before(async () => {
  harness = await startTicketHarness('dev');
  const found = await findTemporalCli(process.env.TEMPORAL_CLI, { toolsDir: path.join(repoRoot, '.tools') });
  assert.ok(found, 'the Temporal CLI is installed for the tests');
  cli = found;
});
after(async () => {
  await harness?.close();
});

async function listWorkflows(query: string): Promise<Array<{ execution: { workflowId: string } }>> {
  const { stdout } = await run(cli, [
    'workflow',
    'list',
    '--address',
    harness.env.address,
    '--namespace',
    'default',
    '--query',
    query,
    '-o',
    'json',
  ]);
  return stdout.trim() === '' ? [] : (JSON.parse(stdout) as Array<{ execution: { workflowId: string } }>);
}

test('an operator finds a ticket by organisation and priority with `temporal workflow list --query`', async () => {
  const org = await harness.db.prisma.organization.findUniqueOrThrow({ where: { ueCode: 'UE-1042' } });
  const critical = await harness.openTicket({ priority: 'critical', organizationId: org.id, subject: 'Server room is down' });
  const low = await harness.openTicket({ priority: 'low', organizationId: org.id, subject: 'New mouse please' });
  await Promise.all([harness.view(critical), harness.view(low)]);

  // Visibility is eventually consistent.
  const found = await eventually(async () => {
    const rows = await listWorkflows('UeCode="UE-1042" AND TicketPriority="critical"');
    return rows.length > 0 ? rows : undefined;
  }, 15_000);
  const ids = found.map((row) => row.execution.workflowId);
  assert.ok(ids.includes(ticketWorkflowId(critical)));
  assert.ok(!ids.includes(ticketWorkflowId(low)), 'the low-priority ticket is not critical');

  const open = await eventually(async () => {
    const rows = await listWorkflows(`WorkflowId="${ticketWorkflowId(low)}" AND TicketStatus="open" AND SlaState="ok"`);
    return rows.length > 0 ? rows : undefined;
  }, 15_000);
  assert.equal(open.length, 1);
});

test('a ticket workflow is listed with its summary and shows what it waits for', async () => {
  const id = await harness.openTicket({ priority: 'high', subject: 'VPN drops every hour' });
  await harness.view(id);
  const handle = harness.env.client.workflow.getHandle(ticketWorkflowId(id));
  const description = await handle.describe();
  assert.match((await description.staticSummary()) ?? '', new RegExp(`^Ticket ${id} · high · VPN drops every hour$`));
  // The history's timers carry a summary the UI shows ("first-response warning due Wed 12:10 America/New_York").
  // Which SLA deadline comes first depends on the hour the ticket opens (the desk's hours), so any of them will do;
  // the timer may start in a workflow task after the first projection, hence the wait.
  const slaTimer = /^(first-response|resolution) (warning|breach|escalation to level \d+) due \w{3} \d{2}:\d{2} America\/New_York$/;
  const timerSummaries = await eventually(async () => {
    const history = await handle.fetchHistory();
    const summaries = await Promise.all(
      (history.events ?? [])
        .filter((event) => event.timerStartedEventAttributes)
        .map((event) =>
          event.userMetadata?.summary ? readHistoryPayload<string>(harness.env.client, event.userMetadata.summary as Payload) : '',
        ),
    );
    return summaries.length > 0 ? summaries : undefined;
  }, 15_000);
  assert.ok(
    timerSummaries.some((summary) => slaTimer.test(summary)),
    timerSummaries.join(' | '),
  );
  // So do its current details (the UI's "Current details").
  const metadata = await handle.query<{ currentDetails?: string }>('__temporal_workflow_metadata');
  assert.match(metadata.currentDetails ?? '', /\*\*open\*\* · high · SLA ok/);
});
