import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { AGENT_NAMES, agentCatalog, canHandOff, ENTRY_AGENT, SPECIALIST_NAMES } from './catalog';
import { chatToolsForAgent } from './chat-tools';
import { chatCompletionTools, parseToolArgs, TOOL_NAMES, toolDescriptions, toolSchemas } from './tools';

test('the catalog holds triage and the ten specialists, each under its own name', () => {
  assert.equal(ENTRY_AGENT, 'triage');
  assert.deepEqual(Object.keys(agentCatalog).sort(), [...AGENT_NAMES].sort());
  assert.equal(SPECIALIST_NAMES.length, 10);
  for (const name of AGENT_NAMES) assert.equal(agentCatalog[name].name, name);
});

test('triage hands off to every specialist; specialists back to triage, ticket and servicedesk', () => {
  assert.deepEqual([...agentCatalog.triage.handoffs].sort(), [...SPECIALIST_NAMES].sort());
  for (const name of SPECIALIST_NAMES) {
    const spec = agentCatalog[name];
    assert.ok(spec.handoffs.includes('triage'), `${name} -> triage`);
    for (const common of ['ticket', 'servicedesk'] as const) {
      if (name !== common) assert.ok(spec.handoffs.includes(common), `${name} -> ${common}`);
    }
    assert.ok(!spec.handoffs.includes(name), `${name} hands off to itself`);
  }
  assert.ok(canHandOff('email', 'security'), 'phishing goes from email to security');
});

test('every agent names only real tools and agents, and can hand off if it has targets', () => {
  for (const spec of Object.values(agentCatalog)) {
    for (const tool of spec.tools) assert.ok(TOOL_NAMES.includes(tool), `${spec.name}: unknown tool ${tool}`);
    for (const target of spec.handoffs) assert.ok(AGENT_NAMES.includes(target), `${spec.name}: unknown agent ${target}`);
    assert.equal(spec.tools.includes('handoff'), spec.handoffs.length > 0, `${spec.name} handoff tool`);
    assert.ok(spec.tools.includes('escalate_to_human'), `${spec.name} must be able to reach a person`);
    assert.equal(new Set(spec.tools).size, spec.tools.length, `${spec.name} lists a tool twice`);
  }
});

test('instructions are speakable prompts: voice rules, no markdown, and each specialist its own text', () => {
  const texts = new Set<string>();
  for (const spec of Object.values(agentCatalog)) {
    assert.match(spec.instructions, /one question at a time/i);
    assert.doesNotMatch(spec.instructions, /[#*`]|\n-\s/);
    assert.ok(spec.instructions.length > 400, `${spec.name} instructions are too thin`);
    assert.ok(spec.title.length > 0 && spec.handoffDescription.length > 20);
    texts.add(spec.instructions);
  }
  assert.equal(texts.size, AGENT_NAMES.length);
  assert.match(agentCatalog.triage.instructions, /U-E code/);
  assert.match(agentCatalog.security.instructions, /unplug/i);
});

test('every tool has a described schema for every field', () => {
  for (const name of TOOL_NAMES) {
    assert.ok(toolDescriptions[name].length > 10);
    const schema = z.toJSONSchema(toolSchemas[name]) as { properties: Record<string, { description?: string }> };
    for (const [field, property] of Object.entries(schema.properties)) {
      assert.ok(property.description && property.description.length > 5, `${name}.${field} has no description`);
    }
  }
});

test('chat-completions tools are function definitions with JSON schemas', () => {
  const tools = chatCompletionTools(['create_ticket', 'handoff']);
  assert.equal(tools.length, 2);
  const [ticket] = tools;
  assert.equal(ticket?.type, 'function');
  assert.equal(ticket?.function.name, 'create_ticket');
  assert.equal(ticket?.function.parameters.type, 'object');
  assert.equal('$schema' in (ticket?.function.parameters ?? {}), false);
  assert.deepEqual((ticket?.function.parameters.required as string[]).sort(), ['category', 'description', 'priority', 'subject']);
});

test("an agent's handoff tool only offers that agent's targets", () => {
  const handoff = chatToolsForAgent('printer').find((tool) => tool.function.name === 'handoff');
  const to = (handoff?.function.parameters.properties as Record<string, { enum?: string[] }>).to;
  assert.deepEqual([...(to?.enum ?? [])].sort(), [...agentCatalog.printer.handoffs].sort());
  assert.equal(chatToolsForAgent('triage').length, agentCatalog.triage.tools.length);
});

test('tool arguments from a model are validated', () => {
  assert.deepEqual(parseToolArgs('identify_organization', { ueCode: ' UE-1042 ' }), { ok: true, args: { ueCode: 'UE-1042' } });
  const badPriority = parseToolArgs('create_ticket', { subject: 'Printer', description: 'jams', category: 'printer', priority: 'urgent' });
  assert.equal(badPriority.ok, false);
  assert.equal(parseToolArgs('get_device', {}).ok, false);
  assert.equal(parseToolArgs('get_device', { hostname: 'ACME-LT-042' }).ok, true);
  assert.equal(parseToolArgs('handoff', { to: 'billing', reason: 'x' }).ok, false);
});
