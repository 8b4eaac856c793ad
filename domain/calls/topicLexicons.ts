import type { SpecialistName } from '../agents/names';
import type { KbCategory } from '../kb/categories';

/*
 * What callers say about each kind of problem, with how strongly each word or phrase points
 * there (roughly: 5 = decisive, 3 = clear, 1-2 = a hint that needs company). Phrases are
 * stemmed and matched with slack, so one entry covers "printing", "printed", "prints".
 */

export const TOPICS = [
  'printer',
  'email',
  'network',
  'computer',
  'phone',
  'security',
  'device',
  'account',
  'admin',
  'lookup',
  'ticket',
] as const;

export type Topic = (typeof TOPICS)[number];

/** Topics about a thing that is broken, as opposed to requests about records. */
export const PROBLEM_TOPICS: readonly Topic[] = ['printer', 'email', 'network', 'computer', 'phone', 'security', 'device', 'account', 'admin'];

export const TOPIC_SPECIALIST: Record<Topic, SpecialistName> = {
  printer: 'printer',
  email: 'email',
  network: 'network',
  computer: 'computer',
  phone: 'phone',
  security: 'security',
  device: 'device',
  account: 'servicedesk',
  admin: 'servicedesk',
  lookup: 'lookup',
  ticket: 'ticket',
};

export const TOPIC_CATEGORY: Record<Topic, KbCategory> = {
  printer: 'printer',
  email: 'email',
  network: 'network',
  computer: 'computer',
  phone: 'phone',
  security: 'security',
  device: 'device',
  account: 'account',
  admin: 'general',
  lookup: 'general',
  ticket: 'general',
};

/** Ties go to the topic listed first: the costlier one to get wrong. */
export const TOPIC_TIE_ORDER: readonly Topic[] = ['security', 'ticket', 'lookup', 'account', 'printer', 'email', 'phone', 'network', 'device', 'computer', 'admin'];

export const TOPIC_TERMS: Record<Topic, Readonly<Record<string, number>>> = {
  printer: {
    printer: 4, print: 3, 'print job': 4, 'print queue': 5, spooler: 4, toner: 4, cartridge: 3, ink: 3,
    'paper jam': 5, jam: 3, 'paper stuck': 4, paper: 1.5, tray: 2, feeder: 2, scanner: 4, scan: 3, 'scan to email': 5,
    copier: 4, photocopier: 4, 'copy machine': 4, copies: 2, fax: 3, 'double sided': 3, duplex: 3, 'label maker': 3,
    'printer offline': 5, 'printer driver': 5, smudge: 2, streak: 2, faded: 1.5, xerox: 3, epson: 3, ricoh: 3,
    kyocera: 3, lexmark: 3, konica: 3, 'brother printer': 4, plotter: 3,
  },
  email: {
    email: 3, mail: 2.5, outlook: 4, inbox: 4, mailbox: 4, 'shared mailbox': 5, attachment: 2.5, 'out of office': 5,
    'auto reply': 4, autoreply: 4, 'automatic reply': 4, 'distribution list': 4, calendar: 3, 'meeting invite': 3,
    bounce: 3, undeliverable: 4, 'shared calendar': 4, 'mailbox full': 5, 'mailbox is full': 5, outbox: 4, 'junk folder': 3, junk: 2,
    signature: 2, gmail: 3, webmail: 4, exchange: 2, 'email password': 4, sync: 1.5, 'not receiving': 2,
    'not sending': 2, thunderbird: 4, 'send emails': 3, 'receive emails': 3, 'keeps asking for my password': 2,
  },
  network: {
    internet: 4, 'no internet': 5, wifi: 4, wireless: 4, network: 3, router: 4, modem: 4, ethernet: 4,
    'network cable': 4, vpn: 5, 'remote access': 3, dns: 5, 'ip address': 4, firewall: 2.5, 'access point': 4,
    bandwidth: 3, latency: 3, 'slow internet': 5, connection: 2, connect: 1.5, disconnect: 2.5, 'keeps dropping': 3,
    drop: 1.5, 'website': 2.5, 'web page': 2.5, 'page will not load': 3, browsing: 2, online: 1.5, 'shared drive': 3,
    'mapped drive': 4, 'network drive': 4, 'file share': 3, 'file server': 3, server: 2, hotspot: 3, 'no signal bars': 3,
    'connected but': 3, 'cannot reach': 2, 'whole office is down': 3, 'get online': 4, 'go online': 3, 'internet is down': 5, 'cutting out': 2, 'from home': 3, 'connect to the office': 4, 'working from home': 3, 'authentication failed': 2,
  },
  computer: {
    computer: 3, pc: 3, laptop: 3, desktop: 2.5, workstation: 3, windows: 2.5, mac: 2.5, macbook: 3, imac: 3,
    'blue screen': 6, bsod: 6, blue: 2, crash: 2.5, freez: 3, 'not responding': 3, hang: 1.5, 'spinning wheel': 3,
    'slow computer': 5, slow: 1.5, sluggish: 2.5, laggy: 2, boot: 3, 'will not start': 2.5, 'will not turn on': 2.5,
    'turn on': 1, restart: 1.5, reboot: 1.5, 'keeps restarting': 4, 'windows update': 5, update: 2, 'disk space': 5,
    'disk full': 5, 'hard drive': 3, storage: 2, 'c drive': 4, 'low on space': 4, app: 1.5, application: 2,
    program: 2, software: 2, excel: 3, word: 1, powerpoint: 3, 'microsoft office': 3, quickbooks: 3, teams: 3,
    'teams call': 4, zoom: 2.5, microphone: 2.5, mic: 2.5, audio: 2, sound: 2, 'can not hear': 1.5, fan: 2,
    overheat: 3, 'error message': 1.5, 'black screen': 2, install: 1.5, 'install software': 3, loud: 1.5, noise: 2, hot: 1.5, deleted: 2, 'deleted a file': 5, 'lost a file': 4, recover: 2, restore: 2, backup: 3,
  },
  phone: {
    'desk phone': 6, phone: 2.5, telephone: 3, 'dial tone': 6, voicemail: 5, handset: 4, extension: 3,
    'call forwarding': 5, 'forward calls': 4, 'forward my calls': 4, 'transfer calls': 3, ring: 2, 'calls drop': 4,
    'dropped calls': 4, choppy: 3, 'one way audio': 5, voip: 5, softphone: 5, polycom: 5, yealink: 5, mitel: 5,
    'ring central': 5, ringcentral: 5, 'caller id': 4, speakerphone: 4, 'conference call': 3, 'phone system': 5,
    'phones are down': 5, 'main line': 4, 'phone line': 4, 'phone lines': 4, 'outbound calls': 4, 'inbound calls': 4, 'calls cut off': 4, 'calls keep dropping': 5, 'make calls': 4, 'receive calls': 4, calls: 1.5, 'voicemail password': 8, 'incoming calls': 3, 'outgoing calls': 3, 'hold music': 4, 'voicemail pin': 8,
  },
  security: {
    phishing: 6, phish: 6, suspicious: 4, scam: 4, spam: 1.5, virus: 5, malware: 6, ransomware: 8, ransom: 6,
    hack: 5, hacker: 5, compromise: 5, breach: 5, 'clicked a link': 5, 'clicked on a link': 5, 'clicked the link': 5,
    'weird email': 3, 'strange email': 3, 'fake email': 4, spoof: 4, impersonat: 4, 'gift card': 4, encrypt: 4,
    'files are encrypted': 7, 'files locked': 4, popup: 2.5, 'pop up': 2.5, antivirus: 4, 'anti virus': 4,
    'unusual activity': 4, 'someone logged into': 5, 'unknown login': 4, 'strange login': 4, trojan: 5,
    'entered my password': 4, 'gave my password': 5, 'security alert': 4, 'wire transfer': 3, 'security incident': 6, 'strange program': 4, 'unknown program': 4, 'controlling my computer': 6, 'moving by itself': 5, 'remote control': 3, 'sending spam': 5, 'emails i did not send': 6, 'did not send': 3, 'called and asked': 4, 'pretending to be': 5, 'claiming to be': 5, 'asked for my password': 4, fake: 2.5, 'looks fake': 5, 'fake invoice': 7, 'wire money': 5, 'bank details': 3, 'change bank details': 5, 'verify my account': 5, 'verify your account': 5, 'will be deleted': 4, 'will be suspended': 4, 'unless i': 2,
  },
  device: {
    monitor: 4, 'second monitor': 6, 'external monitor': 6, screen: 2.5, display: 3, 'no signal': 5, hdmi: 4,
    displayport: 4, dock: 5, 'docking station': 6, usb: 2.5, keyboard: 3.5, mouse: 3.5, headset: 3, headphones: 3,
    webcam: 3, camera: 2.5, charger: 4, charge: 3, 'will not charge': 4, battery: 3, tablet: 4, ipad: 4, iphone: 3,
    android: 3, 'mobile phone': 4, 'cell phone': 4, 'work phone': 2, smartphone: 4, projector: 4, 'flickering': 3,
    'external drive': 3, 'flash drive': 3, adapter: 3, cable: 1.5, peripheral: 4, hardware: 2.5, 'new laptop': 2,
    speaker: 2, 'bluetooth': 3,
  },
  account: {
    password: 4, 'reset my password': 7, 'forgot my password': 7, 'password expired': 6, 'change my password': 6,
    'locked out': 6, lockout: 6, locked: 3, 'account locked': 6, mfa: 6, '2fa': 6, 'two factor': 6,
    authenticator: 6, 'verification code': 5, 'security code': 3, 'text code': 3, login: 3, 'can not login': 4,
    username: 4, 'new user': 5, 'new starter': 5, 'new hire': 5, 'new employee': 5, onboard: 5, offboard: 5,
    'left the company': 5, 'leaving the company': 5, 'disable account': 5, permission: 4, 'access to': 2,
    'need access': 4, 'shared folder access': 4, license: 4, licence: 4, 'microsoft account': 3, 'office 365': 2,
    'my account': 2, account: 1.5, disabled: 3, deactivated: 3, 'add a user': 5, 'remove a user': 5, 'user account': 4, 'new account': 4, 'create an account': 4, 'email account for': 4,
  },
  admin: {
    billing: 6, bill: 4, invoice: 6, payment: 4, charged: 4, charge: 1, contract: 4, renewal: 4, renew: 3,
    subscription: 4, quote: 4, pricing: 4, price: 3, cost: 2, 'account manager': 5, 'sales': 3, purchase: 3,
    'order a new': 3, 'buy a': 2.5, 'general question': 5, question: 1.5, 'business hours': 4, 'your hours': 4,
    'opening hours': 4, 'contact details': 4, 'phone number': 3, 'update my details': 4, 'on file': 3, 'address change': 4,
    'service agreement': 5, 'cancel': 2.5, refund: 5, payroll: 1, complaint: 5, complain: 5, feedback: 4, 'credit card': 5, 'charged twice': 5,
  },
  lookup: {
    'status of my ticket': 8, 'ticket status': 8, 'status of ticket': 8, 'check on my ticket': 7, 'check ticket': 6,
    'update on my ticket': 7, 'any update': 5, 'any news': 4, status: 3, 'existing ticket': 6, 'ticket number': 4,
    'my tickets': 4, 'follow up': 4, 'following up': 5, 'called earlier': 4, 'called yesterday': 4,
    'called last week': 4, 'called before': 4, 'already reported': 4, 'where are we with': 4,
    'what devices': 6, 'which devices': 6, 'list of devices': 6, 'list my devices': 6, 'how many computers': 5,
    'what computers': 5, inventory: 5, 'serial number': 6, 'asset tag': 6, warranty: 5, 'look up': 4, lookup: 4,
    hostname: 4, 'computer name': 4, 'device name': 4, 'last seen': 4, 'last checked in': 4, 'is it still under': 3, 'already have a ticket': 6, 'have a ticket open': 6, 'ticket i opened': 5, 'already opened': 4, 'what laptops': 5, 'which laptops': 5, 'how many laptops': 5, 'do we have': 3, 'list of computers': 5, 'how many': 2, 'how many tickets': 6, 'how many open tickets': 7,
  },
  ticket: {
    'open a ticket': 8, 'create a ticket': 8, 'new ticket': 7, 'log a ticket': 8, 'raise a ticket': 8,
    'submit a ticket': 8, 'file a ticket': 8, 'put in a ticket': 8, 'make a ticket': 8, 'start a ticket': 7,
    'open a case': 7, 'log a call': 6, 'log this': 5, 'log it': 4, 'put in a request': 6, 'service request': 5,
    'work order': 5, 'report an issue': 4, 'report a problem': 4, 'send a technician': 6, 'send someone out': 6,
    'someone to come out': 6, onsite: 4, 'on site': 4, ticket: 2.5, 'write it up': 4, 'just want it logged': 7, 'add a note': 6, 'add to my ticket': 6, 'update my ticket': 5, 'add this to the ticket': 6, 'ticket opened': 6, 'ticket created': 6, 'ticket logged': 6, 'ticket raised': 6, 'open a new ticket': 8, 'open up a ticket': 8, 'open ticket for': 6,
  },
};
