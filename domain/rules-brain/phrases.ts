import type { DeviceDto, KbArticleDto, TicketSummary } from '../agents/tools';
import { spellDigits, spellLetters } from '../language/speech';
import { formatUeCodeForSpeech, type UeCodePattern } from '../language/ue-code';

/* Everything the rules brain says, in one place: short sentences for a phone speaker. */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const count = (value: number) => NUMBER_WORDS[value] ?? String(value);
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

function describeCode(pattern: UeCodePattern): string {
  const digits = `${count(pattern.digits)} digits`;
  return pattern.prefix === '' ? digits : `${spellLetters(pattern.prefix)}, then ${digits}`;
}

export const say = {
  welcome: () => 'Thanks for calling URackIT support.',
  welcomeBack: (name: string, organization: string | null) =>
    organization === null ? `Hi ${firstName(name)}.` : `Hi ${firstName(name)}, I see you're with ${organization}.`,
  askCode: (pattern: UeCodePattern) => `What's your ${spellLetters(pattern.prefix)} code? It's ${describeCode(pattern)}.`,
  askCodeAgain: (pattern: UeCodePattern) =>
    `Sorry, I didn't catch that. Please say your ${spellLetters(pattern.prefix)} code one digit at a time.`,
  helpFirst: () => 'I can help with that.',
  askCodeFirst: (pattern: UeCodePattern) => `First, what's your ${spellLetters(pattern.prefix)} code?`,
  confirmCode: (code: string) => `I heard ${formatUeCodeForSpeech(code)}. Is that right?`,
  confirmCodeYesNo: (code: string) => `Is ${formatUeCodeForSpeech(code)} right? Please say yes or no.`,
  lookingUp: () => 'Thanks. One moment while I look that up.',
  codeNotFound: () => "I couldn't find that code.",
  askKeypad: (pattern: UeCodePattern) =>
    `Let's try the keypad. Please enter the ${count(pattern.digits)} digits of your code, then press pound.`,
  carryOnUnidentified: () => "No problem. I'll carry on without it, and a technician can match your account later.",
  foundOrganization: (name: string) => `Thanks, I've found ${name}.`,
  calledBefore: (when: string, topic: string, ticketId: string | null) =>
    `I see you called ${when} about ${topic}${ticketId ? `, ticket ${spellDigits(ticketId)}` : ''}.`,
  organizationLine: (name: string) => `You've reached the ${name} help desk.`,
  askProblem: () => "What's going on today?",
  askSymptom: (topic: string) => `Okay, ${topic}. What is it doing, or what do you see?`,
  checkingWhere: () => 'Let me check where that belongs.',
  askProblemMore: () => 'Could you tell me a bit more? Is it your computer, email, internet, printer, or phone?',
  routing: (topic: string) => `Okay, ${topic}. Let me look up the best fix.`,
  noGuide: () => "I don't have a quick fix for that, so I'll open a ticket for a technician.",
  guideIntro: (article: KbArticleDto) => `I found a guide for that: ${article.title}. Let's go one step at a time.`,
  step: (index: number, text: string) => `${index === 0 ? 'First' : 'Next'}: ${text} Did that fix it?`,
  stepAgain: (text: string) => `Here it is again: ${text} Did that fix it?`,
  takeYourTime: () => "Sure, take your time. Just tell me when you've tried it.",
  yesOrNo: () => "Sorry, I didn't catch that. Did that fix it? You can say yes or no.",
  fixed: () => "Great, I'm glad that's fixed.",
  stepsRanOut: () => "I'm sorry that didn't fix it. I'll open a ticket so a technician can take over.",
  goingInCircles: () => "Let's not go round in circles. I'll open a ticket so a technician can take over.",
  openingTicket: () => "I'm opening a ticket for you now.",
  ticketBeforeGoodbye: () => "No problem. I'll open a ticket so a technician can finish this with you.",
  askTicketDetails: () => 'Sure. In a sentence or two, what should the ticket say?',
  ticketOpened: (ticket: TicketSummary) => {
    const soon = ticket.priority === 'critical' || ticket.priority === 'high' ? ' shortly' : '';
    return `Your ticket number is ${spellDigits(ticket.id)}. That's ${spellDigits(ticket.id)}. A technician will follow up${soon}.`;
  },
  noteAdded: (ticket: TicketSummary) => `I've added that to your ticket, number ${spellDigits(ticket.id)}.`,
  connectingNow: () => "I'm connecting you to a technician now.",
  noteFailed: () => "I couldn't add that to the ticket just now. A technician will still see your call.",
  ticketFailed: () => "I'm sorry, I couldn't open the ticket just now. Let me get you to a technician.",
  isolateComputer: () => 'This is urgent. Please unplug the network cable or turn off Wi-Fi on that computer now. Do not switch it off.',
  outageForEveryone: () => "That sounds like an outage for everyone. I'll treat it as urgent and get a technician on it now.",
  correctionNoted: () => "Thanks, that changes things. I've noted it.",
  priorityChanged: (ticket: TicketSummary) => `I've changed ticket ${spellDigits(ticket.id)} to ${ticket.priority} priority.`,
  priorityNotChanged: () => "I couldn't update that ticket just now, but a technician will see what you said.",
  stopUsingAccount: () =>
    "This is urgent. Please don't click anything else, and stop using that account until a technician has checked it.",
  anythingElse: () => 'Is there anything else I can help with?',
  whatElse: () => 'Sure, what else can I help with?',
  goodbye: () => 'Thanks for calling URackIT. Goodbye.',
  askTicketNumber: () => "Sure. What's the ticket number?",
  askTicketNumberAgain: () => "Sorry, I didn't get the number. Please say it one digit at a time, or key it in.",
  checkingTicket: (id: string) => `Let me check ticket ${spellDigits(id)}.`,
  ticketStatus: (ticket: TicketSummary) =>
    `Ticket ${spellDigits(ticket.id)}, ${ticket.subject}, is ${ticket.status.replace(/_/g, ' ')}, with ${ticket.priority} priority.`,
  ticketNotFound: (id: string) => `I couldn't find ticket ${spellDigits(id)} for your organisation.`,
  ticketSystemDown: () => "I can't reach the ticket system right now.",
  deviceSystemDown: () => "I can't reach the device records right now.",
  noTicketNumber: () => "I can't look it up without the number. A technician can find it for you.",
  cannotListDevices: () => "I can only look up devices once I know your organisation, and I don't have that on this call.",
  checkingDevices: () => 'Let me pull up your devices.',
  devices: (devices: readonly DeviceDto[]) => describeDevices(devices),
  escalating: () => 'Of course. Let me get a technician for you.',
  escalatingForSupervisor: () => "I'd like a technician to look at this with you right away. Let me get one for you.",
  transferring: () => "I'm transferring you now. Please stay on the line.",
  nobodyFree: () => "I'm sorry, all our technicians are busy right now. Would you like a technician to call you back?",
  bookingCallback: () => "Sure, I'll book a call back.",
  callbackBooked: (when: string | null) => `Done. A technician will call you back ${when ?? 'as soon as one is free'}.`,
  callbackFailed: () => "I'm sorry, I couldn't book that. Please call us back whenever it suits you.",
  stillThere: (prompt: string) => `Are you still there? ${prompt}`,
  offerCallbackOnSilence: () =>
    "I can't hear anything. If you'd like a technician to call you back, say call me back. Otherwise I'll end the call.",
  hangingUpOnSilence: () => "I'll end the call now. Please call us back any time. Goodbye.",
  oneMoment: () => 'One moment please.',
  okay: () => 'Okay.',
  okayTicket: () => "Okay. I'll open a ticket so a technician can follow up.",
  callbackYesNo: () => 'Would you like a technician to call you back? Please say yes or no.',
  sayItInWords: (prompt: string) => `Sorry, please tell me in words. ${prompt}`,
  sayAgain: (prompt: string) => `Sure. ${prompt}`,
};

function describeDevices(devices: readonly DeviceDto[]): string {
  if (devices.length === 0) return "I don't see any devices on record for you.";
  const shown = devices.slice(0, 3).map((device, index) => `${ORDINALS[index]}, ${device.hostname}, a ${device.type}`);
  const intro = devices.length === 1 ? 'I see one device' : `I see ${count(devices.length)} devices`;
  const lead = devices.length > 3 ? ' Here are the first three.' : '';
  return `${intro} on record.${lead} ${shown.join('. ')}.`;
}

/** How a specialist's area is named when the call is routed there. */
export const TOPIC_LABELS: Readonly<Record<string, string>> = {
  printer: 'a printer problem',
  email: 'an email problem',
  network: 'a network problem',
  computer: 'a computer problem',
  phone: 'a phone problem',
  security: 'a security concern',
  device: 'a device problem',
  servicedesk: 'an account question',
  lookup: 'a lookup',
  ticket: 'a ticket',
};
