import type { KbCategory } from '../kb/categories';
import { instructionsFor } from './instructions';
import { AGENT_NAMES, ENTRY_AGENT, SPECIALIST_NAMES, type AgentName, type SpecialistName } from './names';
import type { ToolName } from './tools';

export { AGENT_NAMES, ENTRY_AGENT, SPECIALIST_NAMES, isAgentName, isSpecialistName } from './names';
export type { AgentName, SpecialistName } from './names';

/**
 * One agent as data. The three brains (realtime, text, rules) all read this, so an agent's
 * abilities are declared once; the workflow keeps only the current agent's *name*.
 */
export interface AgentSpec {
  name: AgentName;
  /** How the agent is named to callers and in the panel. */
  title: string;
  /** What other agents read when deciding whether to hand off here. */
  handoffDescription: string;
  instructions: string;
  tools: readonly ToolName[];
  handoffs: readonly AgentName[];
  /** Knowledge-base categories this agent searches first. */
  kbCategories: readonly KbCategory[];
}

/** Every specialist can end up needing these: a way back, a ticket, or the service desk. */
const COMMON_HANDOFFS: readonly AgentName[] = ['triage', 'ticket', 'servicedesk'];

const TROUBLESHOOTER_TOOLS: readonly ToolName[] = [
  'classify',
  'search_kb',
  'create_ticket',
  'add_ticket_note',
  'change_ticket_priority',
  'escalate_to_human',
  'schedule_callback',
  'handoff',
];

function handoffsFor(self: AgentName, related: readonly AgentName[]): AgentName[] {
  return [...new Set([...COMMON_HANDOFFS, ...related])].filter((agent) => agent !== self);
}

interface SpecialistDraft {
  title: string;
  handoffDescription: string;
  extraTools?: readonly ToolName[];
  tools?: readonly ToolName[];
  related: readonly AgentName[];
  kbCategories: readonly KbCategory[];
}

const SPECIALISTS: Record<SpecialistName, SpecialistDraft> = {
  email: {
    title: 'Email specialist',
    handoffDescription: 'Outlook and webmail problems: not syncing, password prompts, full or shared mailboxes, out-of-office, bounces.',
    related: ['security', 'computer', 'device'],
    kbCategories: ['email'],
  },
  computer: {
    title: 'Computer specialist',
    handoffDescription: 'Slow or frozen PCs and Macs, blue screens, no boot, stuck updates, full disks, crashing apps, Teams audio.',
    extraTools: ['list_devices', 'get_device'],
    related: ['device', 'network', 'security'],
    kbCategories: ['computer'],
  },
  network: {
    title: 'Network specialist',
    handoffDescription: 'No internet, Wi-Fi dropping, slow connection, VPN failures, DNS and websites not loading, shared drives.',
    extraTools: ['list_devices', 'get_device'],
    related: ['computer', 'printer', 'phone'],
    kbCategories: ['network'],
  },
  printer: {
    title: 'Printer specialist',
    handoffDescription: 'Paper jams, printers offline, stuck print queues, printer drivers, scan to email.',
    extraTools: ['list_devices', 'get_device'],
    related: ['network', 'email', 'device'],
    kbCategories: ['printer'],
  },
  phone: {
    title: 'Phone specialist',
    handoffDescription: 'Desk phones with no dial tone, voicemail PINs, call forwarding, softphones, choppy or dropped calls.',
    related: ['network', 'device'],
    kbCategories: ['phone'],
  },
  security: {
    title: 'Security specialist',
    handoffDescription: 'Phishing emails, clicked links, pop-ups, viruses, hacked accounts, ransomware. Urgent by default.',
    related: ['email', 'computer'],
    kbCategories: ['security', 'account'],
  },
  device: {
    title: 'Device specialist',
    handoffDescription: 'Monitors with no signal, docking stations, keyboards, mice, headsets, webcams, chargers, tablets, mobiles.',
    extraTools: ['list_devices', 'get_device'],
    related: ['computer', 'lookup'],
    kbCategories: ['device'],
  },
  lookup: {
    title: 'Lookup specialist',
    handoffDescription: "Looks up existing tickets by number and the organisation's devices, serial numbers and warranty.",
    tools: [
      'classify',
      'get_ticket_status',
      'get_caller_history',
      'list_devices',
      'get_device',
      'add_ticket_note',
      'escalate_to_human',
      'schedule_callback',
      'handoff',
    ],
    related: ['device'],
    kbCategories: [],
  },
  ticket: {
    title: 'Ticket specialist',
    handoffDescription:
      'Takes calls about an existing ticket by its number (status, new details, priority), and opens one when the caller just wants it logged.',
    tools: [
      'classify',
      'create_ticket',
      'add_ticket_note',
      'change_ticket_priority',
      'get_ticket_status',
      'escalate_to_human',
      'schedule_callback',
      'handoff',
    ],
    related: ['lookup'],
    kbCategories: [],
  },
  servicedesk: {
    title: 'Service desk',
    handoffDescription: 'Passwords, locked accounts, MFA, new starters and leavers, permissions, licences, billing, general questions.',
    extraTools: ['identify_organization', 'find_contact_by_phone', 'get_ticket_status'],
    related: ['lookup', 'security'],
    kbCategories: ['account', 'general'],
  },
};

function specialistSpec(name: SpecialistName): AgentSpec {
  const draft = SPECIALISTS[name];
  return {
    name,
    title: draft.title,
    handoffDescription: draft.handoffDescription,
    instructions: instructionsFor(name),
    tools: draft.tools ?? [...TROUBLESHOOTER_TOOLS, ...(draft.extraTools ?? [])],
    handoffs: handoffsFor(name, draft.related),
    kbCategories: draft.kbCategories,
  };
}

const triageSpec: AgentSpec = {
  name: ENTRY_AGENT,
  title: 'Support assistant',
  handoffDescription: 'Identifies the caller and routes the call. Hand back here when the problem changes.',
  instructions: instructionsFor(ENTRY_AGENT),
  tools: [
    'identify_organization',
    'find_contact_by_phone',
    'get_caller_history',
    'classify',
    // Whose articles match an unclear problem is evidence for where it belongs.
    'search_kb',
    'escalate_to_human',
    'schedule_callback',
    'handoff',
  ],
  handoffs: [...SPECIALIST_NAMES],
  kbCategories: [],
};

export const agentCatalog: Record<AgentName, AgentSpec> = Object.fromEntries(
  AGENT_NAMES.map((name) => [name, name === ENTRY_AGENT ? triageSpec : specialistSpec(name)]),
) as Record<AgentName, AgentSpec>;

export function canHandOff(from: AgentName, to: AgentName): boolean {
  return agentCatalog[from].handoffs.includes(to);
}

export function canUseTool(agent: AgentName, tool: ToolName): boolean {
  return agentCatalog[agent].tools.includes(tool);
}
