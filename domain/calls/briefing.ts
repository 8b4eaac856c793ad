import type { CallFacts } from './facts';

/**
 * What a technician hears before a transferred caller is put through, so the caller does not have
 * to repeat themselves: who is calling, from which organisation, the problem, what was tried, the ticket.
 */
export function transferBriefing(facts: CallFacts): string {
  const who = facts.contact?.name ?? 'A caller we could not identify';
  const where = facts.organization ? ` from ${facts.organization.name}` : '';
  const lines = [
    `URackIT transfer. ${who}${where}, calling from ${spokenNumber(facts.callerPhone)}.`,
    `Problem: ${facts.problem ?? 'not described yet'}.`,
    facts.articlesTried.length > 0 ? `Already tried: ${facts.articlesTried.join('; ')}.` : 'No troubleshooting was done yet.',
    facts.ticket ? `Ticket ${facts.ticket.id.split('').join(' ')}.` : 'No ticket yet.',
    'Connecting you now.',
  ];
  return lines.join(' ');
}

/** Digits one by one, so a speech synthesiser reads a phone number as one. */
function spokenNumber(phone: string): string {
  return phone.replace(/\D/g, '').split('').join(' ') || 'an unknown number';
}
