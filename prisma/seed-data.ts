/**
 * Deterministic demo data for URackIT (pure data, no imports, no clock).
 *
 * Every historical timestamp is expressed relative to SEED_REFERENCE_DATE, a Monday at
 * 10:00 in New York, so two seeds of two databases are identical. Cross references use
 * natural keys (U-E code, contact phone, agent email, device serial, call SID, ticket key).
 *
 * All phone numbers are fictional (+1 555 …) and every organisation domain uses the reserved
 * `.example` TLD, so nothing in the demo can ever reach a real person.
 */

// ───────────────────────────── shared types ─────────────────────────────

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** [start, end) in local wall time, "HH:MM". */
export type OpeningInterval = readonly [start: string, end: string];
/** Stored as JSON in organizations.business_calendar and sla_policies.calendar. */
export type BusinessCalendarSeed = {
  readonly timezone: string;
  readonly weekly: { readonly [day in Weekday]: readonly OpeningInterval[] };
  /** Dates (YYYY-MM-DD, local) on which the calendar is closed all day. */
  readonly holidays: readonly string[];
};

export type EscalationNotify = 'assignee' | 'supervisor' | 'account_manager' | 'on_call';
/** Stored as JSON in sla_policies.escalation_levels. */
export type EscalationLevelSeed = {
  readonly level: number;
  readonly after: 'warning' | 'breach';
  readonly notify: EscalationNotify;
  readonly delayMinutes: number;
};

export type PriorityCode = 'low' | 'medium' | 'high' | 'critical';
export type StatusCode = 'open' | 'assigned' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
export type DeviceStatusSeed = 'active' | 'inactive' | 'retired' | 'in_repair';
export type OsFamilySeed = 'windows' | 'macos' | 'linux' | 'ios' | 'android' | 'chromeos' | 'firmware' | 'other';
export type SentimentSeed = 'positive' | 'neutral' | 'negative';
export type CallStatusSeed = 'in_progress' | 'completed' | 'abandoned' | 'failed' | 'transferred' | 'no_answer' | 'busy';
export type BrainSeed = 'rules' | 'text' | 'realtime';

/** Monday 17 November 2025, 10:00 America/New_York. All demo history is before this instant. */
export const SEED_REFERENCE_DATE = '2025-11-17T15:00:00.000Z';

export const DEFAULT_ADMIN_EMAIL = 'admin@urackit.local';
export const DEFAULT_SUPERVISOR_EMAIL = 'supervisor@urackit.local';
export const DEFAULT_ADMIN_PASSWORD = 'admin123';
export const DEFAULT_SUPERVISOR_PASSWORD = 'supervisor123';

/** The shared support line callers dial (fictional); each organisation also has its own (`supportNumber`). */
export const SUPPORT_LINE_NUMBER = '+15550100100';

// ───────────────────────────── calendars ─────────────────────────────

export const US_HOLIDAYS: readonly string[] = [
  '2025-01-01',
  '2025-01-20',
  '2025-05-26',
  '2025-07-04',
  '2025-09-01',
  '2025-11-27',
  '2025-11-28',
  '2025-12-25',
  '2026-01-01',
  '2026-01-19',
  '2026-05-25',
  '2026-07-03',
  '2026-09-07',
  '2026-11-26',
  '2026-11-27',
  '2026-12-25',
];

/** Default service-desk hours: Mon–Fri 09:00–17:00 America/New_York. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendarSeed = {
  timezone: 'America/New_York',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
    sat: [],
    sun: [],
  },
  holidays: US_HOLIDAYS,
};

/** Calloway & Finch (VIP): extended hours in Chicago, Saturday mornings included. */
export const VIP_BUSINESS_CALENDAR: BusinessCalendarSeed = {
  timezone: 'America/Chicago',
  weekly: {
    mon: [['07:00', '19:00']],
    tue: [['07:00', '19:00']],
    wed: [['07:00', '19:00']],
    thu: [['07:00', '19:00']],
    fri: [['07:00', '19:00']],
    sat: [['08:00', '12:00']],
    sun: [],
  },
  holidays: ['2025-11-27', '2025-12-25', '2026-01-01', '2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'],
};

// ───────────────────────────── customers ─────────────────────────────

export type AccountManagerSeed = { readonly name: string; readonly email: string; readonly phone: string };

export const ACCOUNT_MANAGERS: readonly AccountManagerSeed[] = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@urackit.local', phone: '+15550100301' },
  { name: 'Marcus Oyelaran', email: 'marcus.oyelaran@urackit.local', phone: '+15550100302' },
  { name: 'Priya Raman', email: 'priya.raman@urackit.local', phone: '+15550100303' },
];

export type OrganizationSeed = {
  readonly ueCode: string;
  readonly name: string;
  readonly industry: string;
  readonly domain: string;
  readonly phone: string;
  /** The support line URackIT runs for this client (E.164): a call to it identifies the organisation. */
  readonly supportNumber: string;
  readonly timezone: string;
  readonly isVip: boolean;
  readonly accountManagerEmail: string;
  readonly businessCalendar: BusinessCalendarSeed | null;
  readonly notes: string;
};

export const ORGANIZATIONS: readonly OrganizationSeed[] = [
  {
    ueCode: 'UE-1042',
    name: 'Harbor Point Dental Group',
    industry: 'Healthcare (dental practice)',
    domain: 'harborpointdental.example',
    phone: '+15551042000',
    supportNumber: '+15550111042',
    timezone: 'America/New_York',
    isVip: false,
    accountManagerEmail: 'dana.whitfield@urackit.local',
    businessCalendar: null,
    notes:
      'Two-site dental practice. Practice-management server (HPD-SRV01) hosts the patient database: treat outages during clinic hours as high priority. Imaging vendor supports the X-ray sensors directly.',
  },
  {
    ueCode: 'UE-1187',
    name: 'Calloway & Finch LLP',
    industry: 'Legal services',
    domain: 'callowayfinch.example',
    phone: '+15551187000',
    supportNumber: '+15550111187',
    timezone: 'America/Chicago',
    isVip: true,
    accountManagerEmail: 'marcus.oyelaran@urackit.local',
    businessCalendar: VIP_BUSINESS_CALENDAR,
    notes:
      'VIP: premium SLA (tighter targets, extended hours Mon–Fri 07:00–19:00 and Sat 08:00–12:00 Central). Partners work remotely over VPN; court deadlines make email and VPN issues urgent. Account manager to be told of every critical ticket.',
  },
  {
    ueCode: 'UE-2305',
    name: 'Brightline Logistics',
    industry: 'Logistics and warehousing',
    domain: 'brightlinelogistics.example',
    phone: '+15552305000',
    supportNumber: '+15550112305',
    timezone: 'America/New_York',
    isVip: false,
    accountManagerEmail: 'priya.raman@urackit.local',
    businessCalendar: null,
    notes:
      'Warehouse runs a 06:00 shift; handheld scanners depend on warehouse Wi-Fi. LTE failover on the UniFi gateway. Internet outage stops dispatch: treat as critical.',
  },
  {
    ueCode: 'UE-3318',
    name: 'Maple Street Accounting',
    industry: 'Accounting and tax',
    domain: 'maplestreetcpa.example',
    phone: '+15553318000',
    supportNumber: '+15550113318',
    timezone: 'America/Denver',
    isVip: false,
    accountManagerEmail: 'dana.whitfield@urackit.local',
    businessCalendar: null,
    notes:
      'QuickBooks Desktop Enterprise with the company file on MSA-SRV01. Busy season January–April: expect extended hours requests. Client data is confidential; verify callers carefully.',
  },
  {
    ueCode: 'UE-4471',
    name: 'Sunnyvale Montessori School',
    industry: 'Education (K-8 school)',
    domain: 'sunnyvalemontessori.example',
    phone: '+15554471000',
    supportNumber: '+15550114471',
    timezone: 'America/Los_Angeles',
    isVip: false,
    accountManagerEmail: 'priya.raman@urackit.local',
    businessCalendar: null,
    notes:
      'Google Workspace for Education for staff mail. Classroom iPads managed by the facilities coordinator. No changes to the network during school hours without approval from the Head of School.',
  },
  {
    ueCode: 'UE-5096',
    name: 'Redfern Architecture Studio',
    industry: 'Architecture and design',
    domain: 'redfernstudio.example',
    phone: '+15555096000',
    supportNumber: '+15550115096',
    timezone: 'America/New_York',
    isVip: false,
    accountManagerEmail: 'marcus.oyelaran@urackit.local',
    businessCalendar: null,
    notes:
      'CAD and rendering workstations; large project files on the NAS. Plotter (HP DesignJet) is used for client deadlines. Mixed macOS and Windows.',
  },
];

export type ContactSeed = {
  readonly ueCode: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  /** E.164; the contact's natural key within the organisation (unique across the demo). */
  readonly phone: string;
  readonly mobilePhone: string | null;
  readonly title: string;
  readonly isPrimary: boolean;
};

export const CONTACTS: readonly ContactSeed[] = [
  // Harbor Point Dental Group
  {
    ueCode: 'UE-1042',
    firstName: 'Elena',
    lastName: 'Marsh',
    email: 'elena.marsh@harborpointdental.example',
    phone: '+15551042101',
    mobilePhone: '+15551042201',
    title: 'Practice Owner, DDS',
    isPrimary: true,
  },
  {
    ueCode: 'UE-1042',
    firstName: 'Tom',
    lastName: 'Becker',
    email: 'tom.becker@harborpointdental.example',
    phone: '+15551042102',
    mobilePhone: '+15551042202',
    title: 'Office Manager',
    isPrimary: false,
  },
  {
    ueCode: 'UE-1042',
    firstName: 'Jasmine',
    lastName: 'Ortiz',
    email: 'jasmine.ortiz@harborpointdental.example',
    phone: '+15551042103',
    mobilePhone: null,
    title: 'Front Desk Lead',
    isPrimary: false,
  },
  {
    ueCode: 'UE-1042',
    firstName: 'Kevin',
    lastName: 'Liu',
    email: 'kevin.liu@harborpointdental.example',
    phone: '+15551042104',
    mobilePhone: null,
    title: 'Dental Hygienist (Groton clinic)',
    isPrimary: false,
  },
  // Calloway & Finch LLP
  {
    ueCode: 'UE-1187',
    firstName: 'Margaret',
    lastName: 'Calloway',
    email: 'mcalloway@callowayfinch.example',
    phone: '+15551187101',
    mobilePhone: '+15551187201',
    title: 'Managing Partner',
    isPrimary: true,
  },
  {
    ueCode: 'UE-1187',
    firstName: 'Daniel',
    lastName: 'Finch',
    email: 'dfinch@callowayfinch.example',
    phone: '+15551187102',
    mobilePhone: '+15551187202',
    title: 'Partner',
    isPrimary: false,
  },
  {
    ueCode: 'UE-1187',
    firstName: 'Rosa',
    lastName: 'Delgado',
    email: 'rdelgado@callowayfinch.example',
    phone: '+15551187103',
    mobilePhone: null,
    title: 'Office Administrator',
    isPrimary: false,
  },
  {
    ueCode: 'UE-1187',
    firstName: 'Ben',
    lastName: 'Hargrove',
    email: 'bhargrove@callowayfinch.example',
    phone: '+15551187104',
    mobilePhone: null,
    title: 'Paralegal',
    isPrimary: false,
  },
  {
    ueCode: 'UE-1187',
    firstName: 'Aisha',
    lastName: 'Khan',
    email: 'akhan@callowayfinch.example',
    phone: '+15551187105',
    mobilePhone: '+15551187205',
    title: 'Legal Secretary and IT Liaison',
    isPrimary: false,
  },
  // Brightline Logistics
  {
    ueCode: 'UE-2305',
    firstName: 'Greg',
    lastName: 'Novak',
    email: 'greg.novak@brightlinelogistics.example',
    phone: '+15552305101',
    mobilePhone: '+15552305201',
    title: 'Operations Director',
    isPrimary: true,
  },
  {
    ueCode: 'UE-2305',
    firstName: 'Lena',
    lastName: 'Park',
    email: 'lena.park@brightlinelogistics.example',
    phone: '+15552305102',
    mobilePhone: '+15552305202',
    title: 'Dispatch Supervisor',
    isPrimary: false,
  },
  {
    ueCode: 'UE-2305',
    firstName: 'Carlos',
    lastName: 'Mendes',
    email: 'carlos.mendes@brightlinelogistics.example',
    phone: '+15552305103',
    mobilePhone: null,
    title: 'Warehouse Lead',
    isPrimary: false,
  },
  {
    ueCode: 'UE-2305',
    firstName: 'Hannah',
    lastName: 'Stone',
    email: 'hannah.stone@brightlinelogistics.example',
    phone: '+15552305104',
    mobilePhone: null,
    title: 'HR Coordinator',
    isPrimary: false,
  },
  // Maple Street Accounting
  {
    ueCode: 'UE-3318',
    firstName: 'Susan',
    lastName: 'Whitaker',
    email: 'susan@maplestreetcpa.example',
    phone: '+15553318101',
    mobilePhone: '+15553318201',
    title: 'Managing CPA',
    isPrimary: true,
  },
  {
    ueCode: 'UE-3318',
    firstName: 'Raj',
    lastName: 'Patel',
    email: 'raj@maplestreetcpa.example',
    phone: '+15553318102',
    mobilePhone: null,
    title: 'Senior Accountant',
    isPrimary: false,
  },
  {
    ueCode: 'UE-3318',
    firstName: 'Emily',
    lastName: 'Chen',
    email: 'emily@maplestreetcpa.example',
    phone: '+15553318103',
    mobilePhone: null,
    title: 'Bookkeeper',
    isPrimary: false,
  },
  // Sunnyvale Montessori School
  {
    ueCode: 'UE-4471',
    firstName: 'Patricia',
    lastName: 'Gomez',
    email: 'pgomez@sunnyvalemontessori.example',
    phone: '+15554471101',
    mobilePhone: '+15554471201',
    title: 'Head of School',
    isPrimary: true,
  },
  {
    ueCode: 'UE-4471',
    firstName: 'Mike',
    lastName: "O'Brien",
    email: 'mobrien@sunnyvalemontessori.example',
    phone: '+15554471102',
    mobilePhone: '+15554471202',
    title: 'Facilities and IT Coordinator',
    isPrimary: false,
  },
  {
    ueCode: 'UE-4471',
    firstName: 'Nora',
    lastName: 'Lindqvist',
    email: 'nlindqvist@sunnyvalemontessori.example',
    phone: '+15554471103',
    mobilePhone: null,
    title: 'Admissions Director',
    isPrimary: false,
  },
  {
    ueCode: 'UE-4471',
    firstName: 'Sam',
    lastName: 'Whitman',
    email: 'swhitman@sunnyvalemontessori.example',
    phone: '+15554471104',
    mobilePhone: null,
    title: 'Lead Teacher',
    isPrimary: false,
  },
  // Redfern Architecture Studio
  {
    ueCode: 'UE-5096',
    firstName: 'Oliver',
    lastName: 'Redfern',
    email: 'oliver@redfernstudio.example',
    phone: '+15555096101',
    mobilePhone: '+15555096201',
    title: 'Principal Architect',
    isPrimary: true,
  },
  {
    ueCode: 'UE-5096',
    firstName: 'Chloe',
    lastName: 'Nakamura',
    email: 'chloe@redfernstudio.example',
    phone: '+15555096102',
    mobilePhone: null,
    title: 'Project Architect',
    isPrimary: false,
  },
  {
    ueCode: 'UE-5096',
    firstName: 'Ivan',
    lastName: 'Petrov',
    email: 'ivan@redfernstudio.example',
    phone: '+15555096103',
    mobilePhone: null,
    title: 'CAD Technician',
    isPrimary: false,
  },
  {
    ueCode: 'UE-5096',
    firstName: 'Grace',
    lastName: 'Adeyemi',
    email: 'grace@redfernstudio.example',
    phone: '+15555096104',
    mobilePhone: '+15555096204',
    title: 'Studio Manager',
    isPrimary: false,
  },
];

export type LocationSeed = {
  readonly ueCode: string;
  readonly name: string;
  readonly address: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string;
  readonly country: string;
  readonly timezone: string | null;
};

export const LOCATIONS: readonly LocationSeed[] = [
  {
    ueCode: 'UE-1042',
    name: 'Mystic Main Office',
    address: '214 Harbor Point Road',
    city: 'Mystic',
    region: 'CT',
    postalCode: '06355',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-1042',
    name: 'Groton Clinic',
    address: '88 Thames Street, Suite 2',
    city: 'Groton',
    region: 'CT',
    postalCode: '06340',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-1187',
    name: 'Chicago Office',
    address: '333 West Wacker Drive, Suite 1900',
    city: 'Chicago',
    region: 'IL',
    postalCode: '60606',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-2305',
    name: 'Columbus Warehouse',
    address: '4100 Alum Creek Drive',
    city: 'Columbus',
    region: 'OH',
    postalCode: '43207',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-2305',
    name: 'Head Office',
    address: '250 South High Street, Floor 5',
    city: 'Columbus',
    region: 'OH',
    postalCode: '43215',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-3318',
    name: 'Denver Office',
    address: '1720 Larimer Street, Suite 400',
    city: 'Denver',
    region: 'CO',
    postalCode: '80202',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-4471',
    name: 'Main Campus',
    address: '2450 Glendale Boulevard',
    city: 'Los Angeles',
    region: 'CA',
    postalCode: '90039',
    country: 'US',
    timezone: null,
  },
  {
    ueCode: 'UE-5096',
    name: 'Boston Studio',
    address: '401 Harrison Avenue, Unit 3B',
    city: 'Boston',
    region: 'MA',
    postalCode: '02118',
    country: 'US',
    timezone: null,
  },
];

export type DomainSeed = {
  readonly ueCode: string;
  readonly name: string;
  readonly registrar: string;
  /** Days after the reference date. */
  readonly expiresInDays: number;
  readonly dnsProvider: string;
  readonly emailProvider: string;
};

export const DOMAINS: readonly DomainSeed[] = [
  {
    ueCode: 'UE-1042',
    name: 'harborpointdental.example',
    registrar: 'GoDaddy',
    expiresInDays: 212,
    dnsProvider: 'Cloudflare',
    emailProvider: 'Microsoft 365',
  },
  {
    ueCode: 'UE-1187',
    name: 'callowayfinch.example',
    registrar: 'Cloudflare Registrar',
    expiresInDays: 540,
    dnsProvider: 'Cloudflare',
    emailProvider: 'Microsoft 365',
  },
  {
    ueCode: 'UE-1187',
    name: 'cf-law.example',
    registrar: 'Cloudflare Registrar',
    expiresInDays: 24,
    dnsProvider: 'Cloudflare',
    emailProvider: 'Microsoft 365',
  },
  {
    ueCode: 'UE-2305',
    name: 'brightlinelogistics.example',
    registrar: 'Namecheap',
    expiresInDays: 95,
    dnsProvider: 'Amazon Route 53',
    emailProvider: 'Microsoft 365',
  },
  {
    ueCode: 'UE-3318',
    name: 'maplestreetcpa.example',
    registrar: 'GoDaddy',
    expiresInDays: 330,
    dnsProvider: 'GoDaddy',
    emailProvider: 'Microsoft 365',
  },
  {
    ueCode: 'UE-4471',
    name: 'sunnyvalemontessori.example',
    registrar: 'Google Domains (Squarespace)',
    expiresInDays: 61,
    dnsProvider: 'Squarespace',
    emailProvider: 'Google Workspace',
  },
  {
    ueCode: 'UE-5096',
    name: 'redfernstudio.example',
    registrar: 'Namecheap',
    expiresInDays: 402,
    dnsProvider: 'Cloudflare',
    emailProvider: 'Google Workspace',
  },
];

// ───────────────────────────── device catalog ─────────────────────────────

export const DEVICE_TYPES: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'laptop', name: 'Laptop' },
  { code: 'desktop', name: 'Desktop' },
  { code: 'printer', name: 'Printer / MFP' },
  { code: 'phone', name: 'Desk phone' },
  { code: 'router', name: 'Router / gateway' },
  { code: 'switch', name: 'Network switch' },
  { code: 'firewall', name: 'Firewall' },
  { code: 'server', name: 'Server' },
  { code: 'monitor', name: 'Monitor' },
  { code: 'dock', name: 'Docking station' },
  { code: 'access_point', name: 'Wireless access point' },
  { code: 'tablet', name: 'Tablet' },
];

export const DEVICE_MANUFACTURERS: readonly { readonly name: string; readonly website: string; readonly supportPhone: string | null }[] = [
  { name: 'Dell', website: 'https://www.dell.com/support', supportPhone: null },
  { name: 'HP', website: 'https://support.hp.com', supportPhone: null },
  { name: 'Lenovo', website: 'https://support.lenovo.com', supportPhone: null },
  { name: 'Apple', website: 'https://support.apple.com', supportPhone: null },
  { name: 'Microsoft', website: 'https://support.microsoft.com', supportPhone: null },
  { name: 'Brother', website: 'https://support.brother.com', supportPhone: null },
  { name: 'Canon', website: 'https://www.usa.canon.com/support', supportPhone: null },
  { name: 'Yealink', website: 'https://support.yealink.com', supportPhone: null },
  { name: 'Poly', website: 'https://www.hp.com/poly-support', supportPhone: null },
  { name: 'Cisco Meraki', website: 'https://documentation.meraki.com', supportPhone: null },
  { name: 'Ubiquiti', website: 'https://help.ui.com', supportPhone: null },
  { name: 'Fortinet', website: 'https://support.fortinet.com', supportPhone: null },
];

export type DeviceModelSeed = { readonly manufacturer: string; readonly name: string; readonly type: string };

export const DEVICE_MODELS: readonly DeviceModelSeed[] = [
  { manufacturer: 'Dell', name: 'Latitude 5440', type: 'laptop' },
  { manufacturer: 'Dell', name: 'OptiPlex 7010', type: 'desktop' },
  { manufacturer: 'Dell', name: 'Precision 3660 Tower', type: 'desktop' },
  { manufacturer: 'Dell', name: 'P2422H', type: 'monitor' },
  { manufacturer: 'Dell', name: 'WD19S Dock', type: 'dock' },
  { manufacturer: 'Dell', name: 'PowerEdge T350', type: 'server' },
  { manufacturer: 'HP', name: 'EliteBook 840 G10', type: 'laptop' },
  { manufacturer: 'HP', name: 'ProDesk 400 G9', type: 'desktop' },
  { manufacturer: 'HP', name: 'LaserJet Pro M404dn', type: 'printer' },
  { manufacturer: 'HP', name: 'Color LaserJet Pro MFP M479fdw', type: 'printer' },
  { manufacturer: 'HP', name: 'DesignJet T650', type: 'printer' },
  { manufacturer: 'Lenovo', name: 'ThinkPad T14 Gen 4', type: 'laptop' },
  { manufacturer: 'Lenovo', name: 'ThinkCentre M70q Gen 4', type: 'desktop' },
  { manufacturer: 'Lenovo', name: 'ThinkPad Universal USB-C Dock', type: 'dock' },
  { manufacturer: 'Apple', name: 'MacBook Air 13 (M2)', type: 'laptop' },
  { manufacturer: 'Apple', name: 'iMac 24 (M3)', type: 'desktop' },
  { manufacturer: 'Apple', name: 'iPad (10th generation)', type: 'tablet' },
  { manufacturer: 'Microsoft', name: 'Surface Laptop 5', type: 'laptop' },
  { manufacturer: 'Brother', name: 'MFC-L8900CDW', type: 'printer' },
  { manufacturer: 'Brother', name: 'HL-L2350DW', type: 'printer' },
  { manufacturer: 'Canon', name: 'imageRUNNER ADVANCE DX C3826i', type: 'printer' },
  { manufacturer: 'Yealink', name: 'SIP-T54W', type: 'phone' },
  { manufacturer: 'Poly', name: 'VVX 450', type: 'phone' },
  { manufacturer: 'Cisco Meraki', name: 'MX68', type: 'firewall' },
  { manufacturer: 'Cisco Meraki', name: 'MS120-24P', type: 'switch' },
  { manufacturer: 'Cisco Meraki', name: 'MR46', type: 'access_point' },
  { manufacturer: 'Ubiquiti', name: 'UniFi Dream Machine Pro', type: 'router' },
  { manufacturer: 'Ubiquiti', name: 'UniFi U6 Pro', type: 'access_point' },
  { manufacturer: 'Ubiquiti', name: 'USW-Pro-24-PoE', type: 'switch' },
  { manufacturer: 'Fortinet', name: 'FortiGate 60F', type: 'firewall' },
];

export type OperatingSystemSeed = { readonly name: string; readonly version: string; readonly family: OsFamilySeed };

export const OPERATING_SYSTEMS: readonly OperatingSystemSeed[] = [
  { name: 'Windows 11 Pro', version: '23H2', family: 'windows' },
  { name: 'Windows 11 Pro', version: '24H2', family: 'windows' },
  { name: 'Windows 10 Pro', version: '22H2', family: 'windows' },
  { name: 'Windows Server 2022 Standard', version: '21H2', family: 'windows' },
  { name: 'macOS Sonoma', version: '14.7', family: 'macos' },
  { name: 'macOS Sequoia', version: '15.1', family: 'macos' },
  { name: 'iPadOS', version: '18.1', family: 'ios' },
  { name: 'FortiOS', version: '7.2.10', family: 'firmware' },
  { name: 'Meraki MX firmware', version: '18.211', family: 'firmware' },
  { name: 'UniFi OS', version: '4.0.21', family: 'firmware' },
  { name: 'Yealink firmware', version: '96.86.0.70', family: 'firmware' },
  { name: 'Poly UC Software', version: '6.4.6', family: 'firmware' },
];

export type DeviceUserSeed = { readonly phone: string; readonly isPrimary: boolean };

export type DeviceSeed = {
  /** Natural key. */
  readonly serialNumber: string;
  readonly ueCode: string;
  readonly location: string | null;
  readonly type: string;
  readonly manufacturer: string;
  readonly model: string;
  /** [name, version] of an OPERATING_SYSTEMS entry. */
  readonly os: readonly [name: string, version: string] | null;
  readonly hostname: string | null;
  readonly assetTag: string;
  readonly ipAddress: string | null;
  readonly macAddress: string | null;
  readonly status: DeviceStatusSeed;
  /** Minutes before the reference date; null = never reported. */
  readonly lastSeenMinutesAgo: number | null;
  /** YYYY-MM-DD. */
  readonly warrantyExpires: string | null;
  readonly notes: string | null;
  /** Contacts (by phone) who use the device. */
  readonly users: readonly DeviceUserSeed[];
};

const W11 = ['Windows 11 Pro', '23H2'] as const;
const W11N = ['Windows 11 Pro', '24H2'] as const;
const W10 = ['Windows 10 Pro', '22H2'] as const;
const WS22 = ['Windows Server 2022 Standard', '21H2'] as const;
const SONOMA = ['macOS Sonoma', '14.7'] as const;
const SEQUOIA = ['macOS Sequoia', '15.1'] as const;

export const DEVICES: readonly DeviceSeed[] = [
  // ── Harbor Point Dental Group (UE-1042) ──
  {
    serialNumber: '5KQ2M93',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'desktop',
    manufacturer: 'Dell',
    model: 'OptiPlex 7010',
    os: W11,
    hostname: 'HPD-FD01',
    assetTag: 'HPD-0001',
    ipAddress: '10.42.1.21',
    macAddress: 'B0:4F:13:42:01:21',
    status: 'active',
    lastSeenMinutesAgo: 12,
    warrantyExpires: '2027-03-14',
    notes: 'Front desk check-in PC; runs the practice-management client and card reader.',
    users: [{ phone: '+15551042103', isPrimary: true }],
  },
  {
    serialNumber: 'PF4BX7Q2',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'laptop',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14 Gen 4',
    os: W11,
    hostname: 'HPD-OM01',
    assetTag: 'HPD-0002',
    ipAddress: '10.42.1.34',
    macAddress: '8C:16:45:42:01:34',
    status: 'active',
    lastSeenMinutesAgo: 40,
    warrantyExpires: '2026-09-30',
    notes: null,
    users: [{ phone: '+15551042102', isPrimary: true }],
  },
  {
    serialNumber: 'C02HPDMBA01',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'laptop',
    manufacturer: 'Apple',
    model: 'MacBook Air 13 (M2)',
    os: SONOMA,
    hostname: 'HPD-DRMARSH',
    assetTag: 'HPD-0003',
    ipAddress: null,
    macAddress: 'F8:4D:89:42:01:40',
    status: 'active',
    lastSeenMinutesAgo: 300,
    warrantyExpires: '2026-02-01',
    notes: 'AppleCare+ until Feb 2026.',
    users: [{ phone: '+15551042101', isPrimary: true }],
  },
  {
    serialNumber: 'E78412K3N100',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'printer',
    manufacturer: 'Brother',
    model: 'MFC-L8900CDW',
    os: null,
    hostname: 'HPD-PRN-FRONT',
    assetTag: 'HPD-0004',
    ipAddress: '10.42.1.50',
    macAddress: '30:05:5C:42:01:50',
    status: 'active',
    lastSeenMinutesAgo: 5,
    warrantyExpires: '2026-06-30',
    notes: 'Front desk colour MFP; scan-to-email via Microsoft 365 SMTP relay. Pickup roller replaced Nov 2025.',
    users: [
      { phone: '+15551042103', isPrimary: false },
      { phone: '+15551042102', isPrimary: false },
    ],
  },
  {
    serialNumber: '801S2HPD0042',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'phone',
    manufacturer: 'Yealink',
    model: 'SIP-T54W',
    os: ['Yealink firmware', '96.86.0.70'],
    hostname: null,
    assetTag: 'HPD-0005',
    ipAddress: '10.42.2.11',
    macAddress: '80:5E:C0:42:02:11',
    status: 'active',
    lastSeenMinutesAgo: 2,
    warrantyExpires: null,
    notes: 'Front desk extension 100.',
    users: [{ phone: '+15551042103', isPrimary: true }],
  },
  {
    serialNumber: 'FGT60FTK22004211',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'firewall',
    manufacturer: 'Fortinet',
    model: 'FortiGate 60F',
    os: ['FortiOS', '7.2.10'],
    hostname: 'HPD-FW01',
    assetTag: 'HPD-0006',
    ipAddress: '10.42.1.1',
    macAddress: 'E8:1C:BA:42:01:01',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-12-31',
    notes: 'FortiCare and UTM bundle renew 31 Dec 2026. Site-to-site VPN to Groton Clinic.',
    users: [],
  },
  {
    serialNumber: '9HPDT35',
    ueCode: 'UE-1042',
    location: 'Mystic Main Office',
    type: 'server',
    manufacturer: 'Dell',
    model: 'PowerEdge T350',
    os: WS22,
    hostname: 'HPD-SRV01',
    assetTag: 'HPD-0007',
    ipAddress: '10.42.1.10',
    macAddress: 'B0:7B:25:42:01:10',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2027-08-20',
    notes: 'Practice-management database and imaging share. Nightly backup to cloud at 01:00.',
    users: [],
  },
  {
    serialNumber: '4CE3110GRT',
    ueCode: 'UE-1042',
    location: 'Groton Clinic',
    type: 'desktop',
    manufacturer: 'HP',
    model: 'ProDesk 400 G9',
    os: W11,
    hostname: 'HPD-GR-OP1',
    assetTag: 'HPD-0008',
    ipAddress: '10.42.11.21',
    macAddress: '64:4E:D7:42:11:21',
    status: 'active',
    lastSeenMinutesAgo: 25,
    warrantyExpires: '2026-04-11',
    notes: 'Operatory 1 chairside PC.',
    users: [{ phone: '+15551042104', isPrimary: true }],
  },

  // ── Calloway & Finch LLP (UE-1187, VIP) ──
  {
    serialNumber: '0F3CF1187S5L',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'laptop',
    manufacturer: 'Microsoft',
    model: 'Surface Laptop 5',
    os: W11N,
    hostname: 'CF-MCALLOWAY',
    assetTag: 'CF-1001',
    ipAddress: '10.11.87.31',
    macAddress: '28:16:A8:11:87:31',
    status: 'active',
    lastSeenMinutesAgo: 30,
    warrantyExpires: '2026-10-02',
    notes: 'Managing partner; works from home most Fridays over VPN.',
    users: [{ phone: '+15551187101', isPrimary: true }],
  },
  {
    serialNumber: 'H7DF2L3',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'laptop',
    manufacturer: 'Dell',
    model: 'Latitude 5440',
    os: W11N,
    hostname: 'CF-DFINCH',
    assetTag: 'CF-1002',
    ipAddress: '10.11.87.32',
    macAddress: 'D0:46:0C:11:87:32',
    status: 'active',
    lastSeenMinutesAgo: 8,
    warrantyExpires: '2027-01-15',
    notes: null,
    users: [{ phone: '+15551187102', isPrimary: true }],
  },
  {
    serialNumber: 'CN0WD19S1187A',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'dock',
    manufacturer: 'Dell',
    model: 'WD19S Dock',
    os: null,
    hostname: null,
    assetTag: 'CF-1003',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2027-01-15',
    notes: 'Daniel Finch desk dock, 180 W adapter.',
    users: [{ phone: '+15551187102', isPrimary: false }],
  },
  {
    serialNumber: 'CN0P2422H1187A',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'monitor',
    manufacturer: 'Dell',
    model: 'P2422H',
    os: null,
    hostname: null,
    assetTag: 'CF-1004',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2027-01-15',
    notes: null,
    users: [{ phone: '+15551187102', isPrimary: false }],
  },
  {
    serialNumber: 'J2RD7010',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'desktop',
    manufacturer: 'Dell',
    model: 'OptiPlex 7010',
    os: W11,
    hostname: 'CF-RDELGADO',
    assetTag: 'CF-1005',
    ipAddress: '10.11.87.41',
    macAddress: 'B0:4F:13:11:87:41',
    status: 'active',
    lastSeenMinutesAgo: 15,
    warrantyExpires: '2027-05-30',
    notes: null,
    users: [{ phone: '+15551187103', isPrimary: true }],
  },
  {
    serialNumber: 'J2BH7010',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'desktop',
    manufacturer: 'Dell',
    model: 'OptiPlex 7010',
    os: W11,
    hostname: 'CF-BHARGROVE',
    assetTag: 'CF-1006',
    ipAddress: '10.11.87.42',
    macAddress: 'B0:4F:13:11:87:42',
    status: 'active',
    lastSeenMinutesAgo: 20,
    warrantyExpires: '2027-05-30',
    notes: null,
    users: [{ phone: '+15551187104', isPrimary: true }],
  },
  {
    serialNumber: 'XRK04118',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'printer',
    manufacturer: 'Canon',
    model: 'imageRUNNER ADVANCE DX C3826i',
    os: null,
    hostname: 'CF-COPIER',
    assetTag: 'CF-1007',
    ipAddress: '10.11.87.60',
    macAddress: '00:1E:8F:11:87:60',
    status: 'active',
    lastSeenMinutesAgo: 3,
    warrantyExpires: '2028-02-28',
    notes: 'Leased copier; toner and service through the Canon dealer (lease #CF-22-118).',
    users: [{ phone: '+15551187103', isPrimary: false }],
  },
  {
    serialNumber: '64167F1187AK',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'phone',
    manufacturer: 'Poly',
    model: 'VVX 450',
    os: ['Poly UC Software', '6.4.6'],
    hostname: null,
    assetTag: 'CF-1008',
    ipAddress: '10.11.88.15',
    macAddress: '64:16:7F:11:88:15',
    status: 'active',
    lastSeenMinutesAgo: 4,
    warrantyExpires: null,
    notes: 'Reception and IT liaison desk, extension 205.',
    users: [{ phone: '+15551187105', isPrimary: true }],
  },
  {
    serialNumber: 'Q2MN-CF68-1187',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'firewall',
    manufacturer: 'Cisco Meraki',
    model: 'MX68',
    os: ['Meraki MX firmware', '18.211'],
    hostname: 'CF-MX68',
    assetTag: 'CF-1009',
    ipAddress: '10.11.87.1',
    macAddress: 'E0:55:3D:11:87:01',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-11-30',
    notes: 'Client VPN (AnyConnect) for partners; server certificate renewed Nov 2025.',
    users: [],
  },
  {
    serialNumber: '5CG3411AKH',
    ueCode: 'UE-1187',
    location: 'Chicago Office',
    type: 'laptop',
    manufacturer: 'HP',
    model: 'EliteBook 840 G10',
    os: W11N,
    hostname: 'CF-AKHAN',
    assetTag: 'CF-1010',
    ipAddress: '10.11.87.35',
    macAddress: '38:CA:84:11:87:35',
    status: 'active',
    lastSeenMinutesAgo: 10,
    warrantyExpires: '2026-08-22',
    notes: null,
    users: [{ phone: '+15551187105', isPrimary: true }],
  },

  // ── Brightline Logistics (UE-2305) ──
  {
    serialNumber: 'PF4BL2305A',
    ueCode: 'UE-2305',
    location: 'Head Office',
    type: 'laptop',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14 Gen 4',
    os: W11,
    hostname: 'BL-OPS01',
    assetTag: 'BL-2001',
    ipAddress: '10.23.5.31',
    macAddress: '8C:16:45:23:05:31',
    status: 'active',
    lastSeenMinutesAgo: 55,
    warrantyExpires: '2026-07-19',
    notes: null,
    users: [{ phone: '+15552305101', isPrimary: true }],
  },
  {
    serialNumber: 'MJ0DSP01',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'desktop',
    manufacturer: 'Lenovo',
    model: 'ThinkCentre M70q Gen 4',
    os: W11,
    hostname: 'BL-DISP01',
    assetTag: 'BL-2002',
    ipAddress: '10.23.6.21',
    macAddress: '6C:24:08:23:06:21',
    status: 'active',
    lastSeenMinutesAgo: 6,
    warrantyExpires: '2027-02-10',
    notes: 'Dispatch station 1 (route planning).',
    users: [{ phone: '+15552305102', isPrimary: true }],
  },
  {
    serialNumber: 'MJ0DSP02',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'desktop',
    manufacturer: 'Lenovo',
    model: 'ThinkCentre M70q Gen 4',
    os: W11,
    hostname: 'BL-DISP02',
    assetTag: 'BL-2003',
    ipAddress: '10.23.6.22',
    macAddress: '6C:24:08:23:06:22',
    status: 'active',
    lastSeenMinutesAgo: 7,
    warrantyExpires: '2027-02-10',
    notes: 'Dispatch station 2 (shared).',
    users: [
      { phone: '+15552305102', isPrimary: false },
      { phone: '+15552305103', isPrimary: false },
    ],
  },
  {
    serialNumber: 'DMPBLWH01TAB',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'tablet',
    manufacturer: 'Apple',
    model: 'iPad (10th generation)',
    os: ['iPadOS', '18.1'],
    hostname: 'BL-WH-TAB01',
    assetTag: 'BL-2004',
    ipAddress: null,
    macAddress: 'A4:C6:F0:23:06:44',
    status: 'active',
    lastSeenMinutesAgo: 90,
    warrantyExpires: '2026-03-05',
    notes: 'Warehouse floor inventory tablet in rugged case.',
    users: [{ phone: '+15552305103', isPrimary: true }],
  },
  {
    serialNumber: 'FCD2305UDMP',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'router',
    manufacturer: 'Ubiquiti',
    model: 'UniFi Dream Machine Pro',
    os: ['UniFi OS', '4.0.21'],
    hostname: 'BL-UDM',
    assetTag: 'BL-2005',
    ipAddress: '10.23.6.1',
    macAddress: '74:AC:B9:23:06:01',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-01-31',
    notes: 'Primary fibre WAN1, LTE failover on WAN2 (configured Nov 2025 after outage).',
    users: [],
  },
  {
    serialNumber: 'FCD2305U6P1',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'access_point',
    manufacturer: 'Ubiquiti',
    model: 'UniFi U6 Pro',
    os: ['UniFi OS', '4.0.21'],
    hostname: 'BL-AP-DOCK',
    assetTag: 'BL-2006',
    ipAddress: '10.23.6.5',
    macAddress: '74:AC:B9:23:06:05',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-01-31',
    notes: 'Loading dock AP; scanner roaming issues under investigation.',
    users: [],
  },
  {
    serialNumber: 'FCD2305USW24',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'switch',
    manufacturer: 'Ubiquiti',
    model: 'USW-Pro-24-PoE',
    os: ['UniFi OS', '4.0.21'],
    hostname: 'BL-SW01',
    assetTag: 'BL-2007',
    ipAddress: '10.23.6.2',
    macAddress: '74:AC:B9:23:06:02',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-01-31',
    notes: null,
    users: [],
  },
  {
    serialNumber: 'PHBBL404DN',
    ueCode: 'UE-2305',
    location: 'Columbus Warehouse',
    type: 'printer',
    manufacturer: 'HP',
    model: 'LaserJet Pro M404dn',
    os: null,
    hostname: 'BL-PRN-WH',
    assetTag: 'BL-2008',
    ipAddress: '10.23.6.50',
    macAddress: 'F4:39:09:23:06:50',
    status: 'active',
    lastSeenMinutesAgo: 9,
    warrantyExpires: '2025-12-31',
    notes: 'Bills of lading and pick lists.',
    users: [{ phone: '+15552305103', isPrimary: false }],
  },
  {
    serialNumber: '5CG3412HST',
    ueCode: 'UE-2305',
    location: 'Head Office',
    type: 'laptop',
    manufacturer: 'HP',
    model: 'EliteBook 840 G10',
    os: W11,
    hostname: 'BL-HR01',
    assetTag: 'BL-2009',
    ipAddress: '10.23.5.33',
    macAddress: '38:CA:84:23:05:33',
    status: 'active',
    lastSeenMinutesAgo: 240,
    warrantyExpires: '2026-08-22',
    notes: 'BitLocker enforced (HR data).',
    users: [{ phone: '+15552305104', isPrimary: true }],
  },

  // ── Maple Street Accounting (UE-3318) ──
  {
    serialNumber: '7MSWL54',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'laptop',
    manufacturer: 'Dell',
    model: 'Latitude 5440',
    os: W11N,
    hostname: 'MSA-SWHITAKER',
    assetTag: 'MSA-3001',
    ipAddress: '10.33.18.31',
    macAddress: 'D0:46:0C:33:18:31',
    status: 'active',
    lastSeenMinutesAgo: 35,
    warrantyExpires: '2027-03-01',
    notes: null,
    users: [{ phone: '+15553318101', isPrimary: true }],
  },
  {
    serialNumber: '3RPT701',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'desktop',
    manufacturer: 'Dell',
    model: 'OptiPlex 7010',
    os: W10,
    hostname: 'MSA-RPATEL',
    assetTag: 'MSA-3002',
    ipAddress: '10.33.18.41',
    macAddress: 'B0:4F:13:33:18:41',
    status: 'active',
    lastSeenMinutesAgo: 4100,
    warrantyExpires: '2025-09-30',
    notes: 'Windows 10 (end of support Oct 2025): upgrade to Windows 11 scheduled; warranty expired.',
    users: [{ phone: '+15553318102', isPrimary: true }],
  },
  {
    serialNumber: '4CE3110ECH',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'desktop',
    manufacturer: 'HP',
    model: 'ProDesk 400 G9',
    os: W11,
    hostname: 'MSA-ECHEN',
    assetTag: 'MSA-3003',
    ipAddress: '10.33.18.42',
    macAddress: '64:4E:D7:33:18:42',
    status: 'active',
    lastSeenMinutesAgo: 18,
    warrantyExpires: '2026-04-11',
    notes: null,
    users: [{ phone: '+15553318103', isPrimary: true }],
  },
  {
    serialNumber: 'CN0P2422H3318',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'monitor',
    manufacturer: 'Dell',
    model: 'P2422H',
    os: null,
    hostname: null,
    assetTag: 'MSA-3004',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2026-11-30',
    notes: 'Second screen for tax software.',
    users: [{ phone: '+15553318102', isPrimary: false }],
  },
  {
    serialNumber: 'VNB3R47129',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'printer',
    manufacturer: 'HP',
    model: 'Color LaserJet Pro MFP M479fdw',
    os: null,
    hostname: 'MSA-PRN01',
    assetTag: 'MSA-3005',
    ipAddress: '10.33.18.50',
    macAddress: 'F4:39:09:33:18:50',
    status: 'active',
    lastSeenMinutesAgo: 11,
    warrantyExpires: '2026-05-15',
    notes: 'Scan to SharePoint folder for client documents.',
    users: [{ phone: '+15553318103', isPrimary: false }],
  },
  {
    serialNumber: '8MSAT35',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'server',
    manufacturer: 'Dell',
    model: 'PowerEdge T350',
    os: WS22,
    hostname: 'MSA-SRV01',
    assetTag: 'MSA-3006',
    ipAddress: '10.33.18.10',
    macAddress: 'B0:7B:25:33:18:10',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2027-06-30',
    notes: 'File server and QuickBooks Database Server Manager. Image backup hourly in business hours.',
    users: [],
  },
  {
    serialNumber: 'FGT60FTK22003318',
    ueCode: 'UE-3318',
    location: 'Denver Office',
    type: 'firewall',
    manufacturer: 'Fortinet',
    model: 'FortiGate 60F',
    os: ['FortiOS', '7.2.10'],
    hostname: 'MSA-FW01',
    assetTag: 'MSA-3007',
    ipAddress: '10.33.18.1',
    macAddress: 'E8:1C:BA:33:18:01',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2026-09-30',
    notes: null,
    users: [],
  },

  // ── Sunnyvale Montessori School (UE-4471) ──
  {
    serialNumber: 'C02SMSMBA01',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'laptop',
    manufacturer: 'Apple',
    model: 'MacBook Air 13 (M2)',
    os: SEQUOIA,
    hostname: 'SMS-HEAD01',
    assetTag: 'SMS-4001',
    ipAddress: null,
    macAddress: 'F8:4D:89:44:71:31',
    status: 'active',
    lastSeenMinutesAgo: 70,
    warrantyExpires: '2026-08-15',
    notes: null,
    users: [{ phone: '+15554471101', isPrimary: true }],
  },
  {
    serialNumber: 'PF4SMS4471',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'laptop',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14 Gen 4',
    os: W11,
    hostname: 'SMS-FAC01',
    assetTag: 'SMS-4002',
    ipAddress: '10.44.71.32',
    macAddress: '8C:16:45:44:71:32',
    status: 'active',
    lastSeenMinutesAgo: 45,
    warrantyExpires: '2026-07-19',
    notes: 'Facilities coordinator; has the Meraki dashboard bookmarked (read-only).',
    users: [{ phone: '+15554471102', isPrimary: true }],
  },
  {
    serialNumber: 'D25SMSIMAC1',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'desktop',
    manufacturer: 'Apple',
    model: 'iMac 24 (M3)',
    os: SEQUOIA,
    hostname: 'SMS-ADM01',
    assetTag: 'SMS-4003',
    ipAddress: '10.44.71.41',
    macAddress: 'F8:4D:89:44:71:41',
    status: 'active',
    lastSeenMinutesAgo: 20,
    warrantyExpires: '2027-01-20',
    notes: 'Admissions office.',
    users: [{ phone: '+15554471103', isPrimary: true }],
  },
  {
    serialNumber: 'DMPSMSCLS01',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'tablet',
    manufacturer: 'Apple',
    model: 'iPad (10th generation)',
    os: ['iPadOS', '18.1'],
    hostname: 'SMS-CLS-TAB01',
    assetTag: 'SMS-4004',
    ipAddress: null,
    macAddress: 'A4:C6:F0:44:71:51',
    status: 'active',
    lastSeenMinutesAgo: 1500,
    warrantyExpires: '2026-03-05',
    notes: 'Classroom 3 teacher iPad (managed via Apple School Manager).',
    users: [{ phone: '+15554471104', isPrimary: true }],
  },
  {
    serialNumber: 'U63891L4N442',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'printer',
    manufacturer: 'Brother',
    model: 'HL-L2350DW',
    os: null,
    hostname: 'SMS-PRN-OFFICE',
    assetTag: 'SMS-4005',
    ipAddress: '10.44.71.50',
    macAddress: '3C:2A:F4:44:71:50',
    status: 'active',
    lastSeenMinutesAgo: 30,
    warrantyExpires: '2025-06-30',
    notes: 'Wi-Fi printer; has dropped offline after router reboots (DHCP reservation added).',
    users: [
      { phone: '+15554471103', isPrimary: false },
      { phone: '+15554471101', isPrimary: false },
    ],
  },
  {
    serialNumber: 'Q3AB-SMS4-MR46',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'access_point',
    manufacturer: 'Cisco Meraki',
    model: 'MR46',
    os: null,
    hostname: 'SMS-AP-HALL',
    assetTag: 'SMS-4006',
    ipAddress: '10.44.71.5',
    macAddress: 'E0:55:3D:44:71:05',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2027-07-31',
    notes: null,
    users: [],
  },
  {
    serialNumber: 'Q2SW-SMS4-M120',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'switch',
    manufacturer: 'Cisco Meraki',
    model: 'MS120-24P',
    os: null,
    hostname: 'SMS-SW01',
    assetTag: 'SMS-4007',
    ipAddress: '10.44.71.2',
    macAddress: 'E0:55:3D:44:71:02',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2027-07-31',
    notes: null,
    users: [],
  },
  {
    serialNumber: 'Q2MN-SMS4-MX68',
    ueCode: 'UE-4471',
    location: 'Main Campus',
    type: 'firewall',
    manufacturer: 'Cisco Meraki',
    model: 'MX68',
    os: ['Meraki MX firmware', '18.211'],
    hostname: 'SMS-MX68',
    assetTag: 'SMS-4008',
    ipAddress: '10.44.71.1',
    macAddress: 'E0:55:3D:44:71:01',
    status: 'active',
    lastSeenMinutesAgo: 1,
    warrantyExpires: '2027-07-31',
    notes: 'Content filtering for student network (CIPA).',
    users: [],
  },

  // ── Redfern Architecture Studio (UE-5096) ──
  {
    serialNumber: 'C02RASMBA01',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'laptop',
    manufacturer: 'Apple',
    model: 'MacBook Air 13 (M2)',
    os: SEQUOIA,
    hostname: 'RAS-OREDFERN',
    assetTag: 'RAS-5001',
    ipAddress: null,
    macAddress: 'F8:4D:89:50:96:31',
    status: 'active',
    lastSeenMinutesAgo: 120,
    warrantyExpires: '2026-05-10',
    notes: null,
    users: [{ phone: '+15555096101', isPrimary: true }],
  },
  {
    serialNumber: '6CNL544',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'laptop',
    manufacturer: 'Dell',
    model: 'Latitude 5440',
    os: W11N,
    hostname: 'RAS-CNAKAMURA',
    assetTag: 'RAS-5002',
    ipAddress: '10.50.96.32',
    macAddress: 'D0:46:0C:50:96:32',
    status: 'active',
    lastSeenMinutesAgo: 14,
    warrantyExpires: '2027-01-15',
    notes: 'BIOS updated to 1.14 on 14 Nov 2025.',
    users: [{ phone: '+15555096102', isPrimary: true }],
  },
  {
    serialNumber: 'CN0WD19S5096A',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'dock',
    manufacturer: 'Dell',
    model: 'WD19S Dock',
    os: null,
    hostname: null,
    assetTag: 'RAS-5003',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2027-01-15',
    notes: 'Drives two P2422H monitors for Chloe Nakamura.',
    users: [{ phone: '+15555096102', isPrimary: false }],
  },
  {
    serialNumber: 'CN0P2422H5096A',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'monitor',
    manufacturer: 'Dell',
    model: 'P2422H',
    os: null,
    hostname: null,
    assetTag: 'RAS-5004',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2027-01-15',
    notes: null,
    users: [{ phone: '+15555096102', isPrimary: false }],
  },
  {
    serialNumber: 'CN0P2422H5096B',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'monitor',
    manufacturer: 'Dell',
    model: 'P2422H',
    os: null,
    hostname: null,
    assetTag: 'RAS-5005',
    ipAddress: null,
    macAddress: null,
    status: 'active',
    lastSeenMinutesAgo: null,
    warrantyExpires: '2027-01-15',
    notes: null,
    users: [{ phone: '+15555096102', isPrimary: false }],
  },
  {
    serialNumber: '2RASP3660',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'desktop',
    manufacturer: 'Dell',
    model: 'Precision 3660 Tower',
    os: W11N,
    hostname: 'RAS-IPETROV',
    assetTag: 'RAS-5006',
    ipAddress: '10.50.96.41',
    macAddress: 'B0:4F:13:50:96:41',
    status: 'active',
    lastSeenMinutesAgo: 22,
    warrantyExpires: '2027-09-01',
    notes: 'CAD workstation (Revit, AutoCAD), RTX A2000 GPU.',
    users: [{ phone: '+15555096103', isPrimary: true }],
  },
  {
    serialNumber: 'SG3AT650RAS',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'printer',
    manufacturer: 'HP',
    model: 'DesignJet T650',
    os: null,
    hostname: 'RAS-PLOTTER',
    assetTag: 'RAS-5007',
    ipAddress: '10.50.96.51',
    macAddress: 'F4:39:09:50:96:51',
    status: 'in_repair',
    lastSeenMinutesAgo: 2880,
    warrantyExpires: '2026-02-28',
    notes: 'Printhead error; HP onsite repair booked under warranty.',
    users: [{ phone: '+15555096103', isPrimary: false }],
  },
  {
    serialNumber: '5CG3413GAD',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'laptop',
    manufacturer: 'HP',
    model: 'EliteBook 840 G10',
    os: W11,
    hostname: 'RAS-GADEYEMI',
    assetTag: 'RAS-5008',
    ipAddress: '10.50.96.35',
    macAddress: '38:CA:84:50:96:35',
    status: 'active',
    lastSeenMinutesAgo: 28,
    warrantyExpires: '2026-08-22',
    notes: 'Password reset and sessions revoked 12 Nov 2025 after phishing.',
    users: [{ phone: '+15555096104', isPrimary: true }],
  },
  {
    serialNumber: '801S2RAS0096',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'phone',
    manufacturer: 'Yealink',
    model: 'SIP-T54W',
    os: ['Yealink firmware', '96.86.0.70'],
    hostname: null,
    assetTag: 'RAS-5009',
    ipAddress: '10.50.97.11',
    macAddress: '80:5E:C0:50:97:11',
    status: 'active',
    lastSeenMinutesAgo: 3,
    warrantyExpires: null,
    notes: 'Studio reception, extension 10.',
    users: [{ phone: '+15555096104', isPrimary: true }],
  },
  {
    serialNumber: 'PF2OLDRAS01',
    ueCode: 'UE-5096',
    location: 'Boston Studio',
    type: 'laptop',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14 Gen 4',
    os: W10,
    hostname: 'RAS-SPARE01',
    assetTag: 'RAS-5010',
    ipAddress: null,
    macAddress: '8C:16:45:50:96:60',
    status: 'inactive',
    lastSeenMinutesAgo: 43200,
    warrantyExpires: '2026-07-19',
    notes: 'Spare loaner laptop, kept powered off in the supply room.',
    users: [],
  },
];

// ───────────────────────────── service desk ─────────────────────────────

export const TICKET_STATUSES: readonly {
  readonly code: StatusCode;
  readonly name: string;
  readonly isFinal: boolean;
  readonly sortOrder: number;
}[] = [
  { code: 'open', name: 'Open', isFinal: false, sortOrder: 10 },
  { code: 'assigned', name: 'Assigned', isFinal: false, sortOrder: 20 },
  { code: 'in_progress', name: 'In progress', isFinal: false, sortOrder: 30 },
  { code: 'waiting_on_customer', name: 'Waiting on customer', isFinal: false, sortOrder: 40 },
  { code: 'resolved', name: 'Resolved', isFinal: true, sortOrder: 50 },
  { code: 'closed', name: 'Closed', isFinal: true, sortOrder: 60 },
];

export const TICKET_PRIORITIES: readonly { readonly code: PriorityCode; readonly name: string; readonly rank: number }[] = [
  { code: 'low', name: 'Low', rank: 1 },
  { code: 'medium', name: 'Medium', rank: 2 },
  { code: 'high', name: 'High', rank: 3 },
  { code: 'critical', name: 'Critical', rank: 4 },
];

export type SlaPolicySeed = {
  readonly name: string;
  readonly priority: PriorityCode;
  /** null = default policy for the priority. */
  readonly ueCode: string | null;
  readonly firstResponseMinutes: number;
  /** Business minutes when businessHoursOnly, wall-clock minutes otherwise. */
  readonly resolutionMinutes: number;
  readonly warningPercent: number;
  readonly escalationLevels: readonly EscalationLevelSeed[];
  readonly businessHoursOnly: boolean;
  readonly calendar: BusinessCalendarSeed | null;
};

const STANDARD_ESCALATION: readonly EscalationLevelSeed[] = [
  { level: 1, after: 'warning', notify: 'assignee', delayMinutes: 0 },
  { level: 2, after: 'breach', notify: 'supervisor', delayMinutes: 0 },
  { level: 3, after: 'breach', notify: 'account_manager', delayMinutes: 60 },
];

const CRITICAL_ESCALATION: readonly EscalationLevelSeed[] = [
  { level: 1, after: 'warning', notify: 'supervisor', delayMinutes: 0 },
  { level: 2, after: 'breach', notify: 'on_call', delayMinutes: 0 },
  { level: 3, after: 'breach', notify: 'account_manager', delayMinutes: 15 },
];

export const SLA_POLICIES: readonly SlaPolicySeed[] = [
  // Defaults (all organisations without an override).
  {
    name: 'Critical – 24x7',
    priority: 'critical',
    ueCode: null,
    firstResponseMinutes: 15,
    resolutionMinutes: 240,
    warningPercent: 75,
    escalationLevels: CRITICAL_ESCALATION,
    businessHoursOnly: false,
    calendar: null,
  },
  {
    name: 'High – business hours',
    priority: 'high',
    ueCode: null,
    firstResponseMinutes: 30,
    resolutionMinutes: 8 * 60,
    warningPercent: 75,
    escalationLevels: STANDARD_ESCALATION,
    businessHoursOnly: true,
    calendar: DEFAULT_BUSINESS_CALENDAR,
  },
  {
    name: 'Medium – business hours',
    priority: 'medium',
    ueCode: null,
    firstResponseMinutes: 120,
    resolutionMinutes: 3 * 8 * 60,
    warningPercent: 75,
    escalationLevels: STANDARD_ESCALATION,
    businessHoursOnly: true,
    calendar: DEFAULT_BUSINESS_CALENDAR,
  },
  {
    name: 'Low – business hours',
    priority: 'low',
    ueCode: null,
    firstResponseMinutes: 480,
    resolutionMinutes: 5 * 8 * 60,
    warningPercent: 80,
    escalationLevels: [
      { level: 1, after: 'breach', notify: 'assignee', delayMinutes: 0 },
      { level: 2, after: 'breach', notify: 'supervisor', delayMinutes: 240 },
    ],
    businessHoursOnly: true,
    calendar: DEFAULT_BUSINESS_CALENDAR,
  },
  // Calloway & Finch LLP (VIP) premium overrides, on its own extended Chicago calendar.
  {
    name: 'VIP Critical – 24x7',
    priority: 'critical',
    ueCode: 'UE-1187',
    firstResponseMinutes: 10,
    resolutionMinutes: 120,
    warningPercent: 60,
    escalationLevels: [
      { level: 1, after: 'warning', notify: 'on_call', delayMinutes: 0 },
      { level: 2, after: 'warning', notify: 'account_manager', delayMinutes: 0 },
      { level: 3, after: 'breach', notify: 'supervisor', delayMinutes: 0 },
    ],
    businessHoursOnly: false,
    calendar: null,
  },
  {
    name: 'VIP High – extended hours',
    priority: 'high',
    ueCode: 'UE-1187',
    firstResponseMinutes: 15,
    resolutionMinutes: 240,
    warningPercent: 60,
    escalationLevels: [
      { level: 1, after: 'warning', notify: 'supervisor', delayMinutes: 0 },
      { level: 2, after: 'breach', notify: 'account_manager', delayMinutes: 0 },
      { level: 3, after: 'breach', notify: 'on_call', delayMinutes: 30 },
    ],
    businessHoursOnly: true,
    calendar: VIP_BUSINESS_CALENDAR,
  },
  {
    name: 'VIP Medium – extended hours',
    priority: 'medium',
    ueCode: 'UE-1187',
    firstResponseMinutes: 60,
    resolutionMinutes: 12 * 60,
    warningPercent: 70,
    escalationLevels: STANDARD_ESCALATION,
    businessHoursOnly: true,
    calendar: VIP_BUSINESS_CALENDAR,
  },
  {
    name: 'VIP Low – extended hours',
    priority: 'low',
    ueCode: 'UE-1187',
    firstResponseMinutes: 240,
    resolutionMinutes: 2 * 12 * 60,
    warningPercent: 75,
    escalationLevels: STANDARD_ESCALATION,
    businessHoursOnly: true,
    calendar: VIP_BUSINESS_CALENDAR,
  },
];

export type AgentKindSeed = 'bot' | 'human';
export type AgentRoleSeed = 'technician' | 'supervisor' | 'account_manager' | 'on_call';

export type SupportAgentSeed = {
  readonly name: string;
  readonly kind: AgentKindSeed;
  /** Natural key. */
  readonly email: string;
  readonly phone: string | null;
  readonly specialty: string;
  readonly role: AgentRoleSeed;
  readonly isOnCall: boolean;
};

/** Agent catalog keys, one bot row each (specialty = key). */
export const BOT_AGENT_KEYS = [
  'triage',
  'email',
  'computer',
  'network',
  'printer',
  'phone',
  'security',
  'device',
  'lookup',
  'ticket',
  'servicedesk',
] as const;

const BOT_NAMES: { readonly [key in (typeof BOT_AGENT_KEYS)[number]]: string } = {
  triage: 'Triage Agent',
  email: 'Email Specialist',
  computer: 'Computer Specialist',
  network: 'Network Specialist',
  printer: 'Printer Specialist',
  phone: 'Phone System Specialist',
  security: 'Security Specialist',
  device: 'Device Specialist',
  lookup: 'Lookup Agent',
  ticket: 'Ticket Agent',
  servicedesk: 'Service Desk Agent',
};

export function botAgentEmail(key: string): string {
  return `${key}.bot@agents.urackit.local`;
}

export const SUPPORT_AGENTS: readonly SupportAgentSeed[] = [
  ...BOT_AGENT_KEYS.map((key): SupportAgentSeed => ({
    name: BOT_NAMES[key],
    kind: 'bot',
    email: botAgentEmail(key),
    phone: null,
    specialty: key,
    role: 'technician',
    isOnCall: false,
  })),
  {
    name: 'Jordan Reyes',
    kind: 'human',
    email: 'jordan.reyes@urackit.local',
    phone: '+15550100201',
    specialty: 'network',
    role: 'technician',
    isOnCall: false,
  },
  {
    name: 'Alicia Brooks',
    kind: 'human',
    email: 'alicia.brooks@urackit.local',
    phone: '+15550100202',
    specialty: 'desktop',
    role: 'technician',
    isOnCall: false,
  },
  {
    name: 'Sam Okafor',
    kind: 'human',
    email: 'sam.okafor@urackit.local',
    phone: '+15550100203',
    specialty: 'servicedesk',
    role: 'supervisor',
    isOnCall: false,
  },
  {
    name: 'Taylor Nguyen',
    kind: 'human',
    email: 'taylor.nguyen@urackit.local',
    phone: '+15550100204',
    specialty: 'security',
    role: 'on_call',
    isOnCall: true,
  },
];

export type UserRoleSeed = 'admin' | 'supervisor' | 'agent';
export type UserSeed = {
  readonly email: string;
  readonly name: string;
  readonly role: UserRoleSeed;
  readonly passwordKey: 'admin' | 'supervisor';
};

export const USERS: readonly UserSeed[] = [
  { email: DEFAULT_ADMIN_EMAIL, name: 'URackIT Administrator', role: 'admin', passwordKey: 'admin' },
  { email: DEFAULT_SUPERVISOR_EMAIL, name: 'Sam Okafor', role: 'supervisor', passwordKey: 'supervisor' },
];

// ───────────────────────────── call history ─────────────────────────────

export type TranscriptRole = 'caller' | 'agent' | 'system';
/** [seconds after the call started, role, agent catalog key or null, text]. */
export type TranscriptLineSeed = readonly [atSecond: number, role: TranscriptRole, agent: string | null, text: string];

export type AgentHopSeed = {
  readonly agent: string;
  readonly fromSecond: number;
  readonly toSecond: number;
  readonly turns: number;
  readonly tools: readonly string[];
  readonly handoffTo: string | null;
  readonly outcome: string;
};

export type CallAnalysisSeed = {
  readonly intent: string;
  readonly topics: readonly string[];
  readonly keywords: readonly string[];
  readonly resolutionStatus: 'resolved' | 'ticket_created' | 'escalated' | 'callback_scheduled' | 'unresolved' | 'abandoned';
};

export type CallSeed = {
  /** Natural key (Twilio-style call SID). */
  readonly callSid: string;
  readonly direction: 'inbound' | 'outbound';
  readonly ueCode: string | null;
  readonly contactPhone: string | null;
  /** The remote party: the caller for inbound calls, the number dialled for outbound ones. */
  readonly remotePhone: string;
  readonly startedMinutesAgo: number;
  readonly ringSeconds: number;
  readonly durationSeconds: number;
  readonly status: CallStatusSeed;
  readonly aiResolution: boolean;
  readonly wasEscalated: boolean;
  readonly brain: BrainSeed;
  readonly finalAgent: string | null;
  readonly category: string | null;
  readonly sentiment: SentimentSeed | null;
  readonly sentimentScore: number | null;
  readonly summary: string | null;
  readonly ticketKey: string | null;
  readonly transcript: readonly TranscriptLineSeed[];
  readonly hops: readonly AgentHopSeed[];
  readonly analysis: CallAnalysisSeed | null;
};

export function seedCallSid(n: number): string {
  return `CA5eed${n.toString(16).padStart(28, '0')}`;
}

export const CALLS: readonly CallSeed[] = [
  {
    callSid: seedCallSid(1),
    direction: 'inbound',
    ueCode: 'UE-1042',
    contactPhone: '+15551042102',
    remotePhone: '+15551042102',
    startedMinutesAgo: 5755,
    ringSeconds: 2,
    durationSeconds: 430,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'printer',
    category: 'printer',
    sentiment: 'neutral',
    sentimentScore: -0.1,
    summary:
      'Tom Becker (Harbor Point Dental) reported the front-desk Brother MFC-L8900CDW jamming on nearly every page from tray 1. Cleared the jam and reseated the tray with the caller; jams continued. Ticket opened for an on-site roller inspection.',
    ticketKey: 'seed-ticket-0001',
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. Can I have your U-E code, please?'],
      [9, 'caller', null, 'Sure, it is U-E 1042.'],
      [14, 'agent', 'triage', 'Thanks, Tom, I have you at Harbor Point Dental Group. What can I help with today?'],
      [22, 'caller', null, 'The front desk printer keeps jamming, pretty much every page since this morning.'],
      [30, 'agent', 'printer', 'Sorry about that. Please turn the printer off with its power button and wait until it stops moving.'],
      [160, 'caller', null, 'Okay, I pulled out a crumpled sheet from the back and reset the tray, but the next page jammed again.'],
      [
        175,
        'agent',
        'printer',
        'Thanks for trying that. Since it jams on most pages, a roller is likely worn, so I am opening a ticket for a technician.',
      ],
      [410, 'agent', 'printer', 'Your ticket is open and a technician will contact you within two business hours. Anything else?'],
      [420, 'caller', null, 'No, that is it, thanks.'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 28,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'printer',
        outcome: 'handoff',
      },
      {
        agent: 'printer',
        fromSecond: 28,
        toSecond: 430,
        turns: 6,
        tools: ['search_kb', 'lookup_devices', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'report_printer_jam',
      topics: ['printer', 'paper jam', 'hardware'],
      keywords: ['jam', 'front desk printer', 'every page', 'tray'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(2),
    direction: 'inbound',
    ueCode: 'UE-1187',
    contactPhone: '+15551187102',
    remotePhone: '+15551187102',
    startedMinutesAgo: 59,
    ringSeconds: 1,
    durationSeconds: 380,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'realtime',
    finalAgent: 'email',
    category: 'email',
    sentiment: 'negative',
    sentimentScore: -0.45,
    summary:
      'Daniel Finch (Calloway & Finch, VIP) has constant Outlook password prompts since the weekend; web sign-in works. Restart and Office sign-out did not help. High-priority ticket opened for credential cache and device registration checks.',
    ticketKey: 'seed-ticket-0002',
    transcript: [
      [0, 'agent', 'triage', 'URackIT support, this is the virtual assistant. What is your U-E code?'],
      [6, 'caller', null, 'One one eight seven. This is Daniel Finch.'],
      [12, 'agent', 'triage', 'Thanks, Daniel. What is going on?'],
      [15, 'caller', null, 'Outlook keeps asking for my password every few minutes and I have a filing due at noon.'],
      [24, 'agent', 'email', 'Understood. First, can you sign in at outlook dot office dot com in your browser?'],
      [90, 'caller', null, 'Yes, that works fine in the browser.'],
      [96, 'agent', 'email', 'Good. In Outlook, open File, then Office Account, then sign out, and sign back in.'],
      [250, 'caller', null, 'Did that, and it popped up again right away.'],
      [
        262,
        'agent',
        'email',
        'I am opening a high-priority ticket so a technician can clear the saved credentials. You will hear from them within fifteen minutes.',
      ],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 20,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'email',
        outcome: 'handoff',
      },
      {
        agent: 'email',
        fromSecond: 20,
        toSecond: 380,
        turns: 5,
        tools: ['search_kb', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'outlook_password_prompts',
      topics: ['email', 'outlook', 'authentication'],
      keywords: ['password', 'keeps asking', 'outlook', 'deadline'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(3),
    direction: 'inbound',
    ueCode: 'UE-2305',
    contactPhone: '+15552305102',
    remotePhone: '+15552305102',
    startedMinutesAgo: 145,
    ringSeconds: 3,
    durationSeconds: 510,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'text',
    finalAgent: 'network',
    category: 'network',
    sentiment: 'negative',
    sentimentScore: -0.3,
    summary:
      'Lena Park (Brightline Logistics) reports handheld scanners at the loading dock dropping Wi-Fi since the morning shift; dispatch PCs fine. Several devices affected, so a high-priority ticket was opened for the network team.',
    ticketKey: 'seed-ticket-0003',
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. What is your U-E code?'],
      [7, 'caller', null, 'U-E 2305, Brightline.'],
      [12, 'agent', 'triage', 'Hi Lena. How can I help?'],
      [15, 'caller', null, 'The scanners on the dock keep losing Wi-Fi. The guys cannot scan pallets.'],
      [25, 'agent', 'network', 'Is it only the scanners at the loading dock, or laptops and phones too?'],
      [40, 'caller', null, 'Just the dock area, about six scanners. The office is fine.'],
      [
        52,
        'agent',
        'network',
        'Since several devices in one area are affected, this looks like the access point there. I am opening a high-priority ticket for a network technician.',
      ],
      [495, 'agent', 'network', 'Your ticket is open. A technician will call you within thirty business minutes.'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 22,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'network',
        outcome: 'handoff',
      },
      {
        agent: 'network',
        fromSecond: 22,
        toSecond: 510,
        turns: 5,
        tools: ['search_kb', 'lookup_devices', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'wifi_drops_multiple_devices',
      topics: ['network', 'wifi', 'warehouse'],
      keywords: ['scanners', 'losing wifi', 'loading dock'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(4),
    direction: 'inbound',
    ueCode: 'UE-3318',
    contactPhone: '+15553318102',
    remotePhone: '+15553318102',
    startedMinutesAgo: 4116,
    ringSeconds: 2,
    durationSeconds: 610,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'computer',
    category: 'computer',
    sentiment: 'negative',
    sentimentScore: -0.35,
    summary:
      'Raj Patel (Maple Street Accounting) says QuickBooks closes without an error when opening the company file on MSA-SRV01. A restart did not help; coworkers are unaffected. Ticket opened.',
    ticketKey: 'seed-ticket-0004',
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. May I have your U-E code?'],
      [8, 'caller', null, 'U-E 3318.'],
      [12, 'agent', 'triage', 'Thanks, Raj. What can I help with?'],
      [16, 'caller', null, 'QuickBooks just closes when I open our company file. No error, it just disappears.'],
      [26, 'agent', 'computer', 'Does it happen for your coworkers on the same file?'],
      [40, 'caller', null, 'No, Emily can open it fine.'],
      [48, 'agent', 'computer', 'Please restart your computer, then try the program once more.'],
      [330, 'caller', null, 'Still closes.'],
      [
        340,
        'agent',
        'computer',
        'Thanks. Because it only happens on your computer, I will open a ticket for a technician to repair QuickBooks.',
      ],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 22,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'computer',
        outcome: 'handoff',
      },
      {
        agent: 'computer',
        fromSecond: 22,
        toSecond: 610,
        turns: 7,
        tools: ['search_kb', 'lookup_devices', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'application_crash',
      topics: ['computer', 'quickbooks', 'application'],
      keywords: ['quickbooks', 'closes', 'company file'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(5),
    direction: 'inbound',
    ueCode: 'UE-5096',
    contactPhone: '+15555096104',
    remotePhone: '+15555096104',
    startedMinutesAgo: 6799,
    ringSeconds: 1,
    durationSeconds: 290,
    status: 'transferred',
    aiResolution: false,
    wasEscalated: true,
    brain: 'text',
    finalAgent: 'security',
    category: 'security',
    sentiment: 'negative',
    sentimentScore: -0.7,
    summary:
      'Grace Adeyemi (Redfern Architecture) clicked a fake invoice link and entered her Microsoft 365 password. Security agent gave containment steps, opened a critical ticket and warm-transferred the caller to the on-call engineer.',
    ticketKey: 'seed-ticket-0006',
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. What is your U-E code?'],
      [5, 'caller', null, 'It is 5096. I think I clicked on something bad.'],
      [12, 'agent', 'security', 'Thank you, Grace. Please do not click any more links in that email. Did you type your password anywhere?'],
      [25, 'caller', null, 'Yes, it looked like a Microsoft page for an invoice, and I put my password in.'],
      [
        34,
        'agent',
        'security',
        'Thanks for telling me quickly. I am opening a critical ticket and connecting you to our on-call engineer now.',
      ],
      [60, 'system', null, 'Warm transfer to Taylor Nguyen (on call).'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 10,
        turns: 1,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'security',
        outcome: 'handoff',
      },
      {
        agent: 'security',
        fromSecond: 10,
        toSecond: 60,
        turns: 3,
        tools: ['search_kb', 'create_ticket', 'transfer_to_human'],
        handoffTo: null,
        outcome: 'escalated',
      },
    ],
    analysis: {
      intent: 'phishing_credentials_entered',
      topics: ['security', 'phishing', 'credentials'],
      keywords: ['clicked', 'invoice', 'password', 'microsoft page'],
      resolutionStatus: 'escalated',
    },
  },
  {
    callSid: seedCallSid(6),
    direction: 'inbound',
    ueCode: 'UE-1187',
    contactPhone: '+15551187101',
    remotePhone: '+15551187201',
    startedMinutesAgo: 2875,
    ringSeconds: 2,
    durationSeconds: 340,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'realtime',
    finalAgent: 'network',
    category: 'network',
    sentiment: 'neutral',
    sentimentScore: -0.15,
    summary:
      'Margaret Calloway (VIP) cannot connect to the office VPN from home on Saturday; the client reports a certificate error. Home internet works. High-priority VIP ticket opened for the firewall certificate.',
    ticketKey: 'seed-ticket-0007',
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. What is your U-E code, please?'],
      [6, 'caller', null, 'U-E 1187, Margaret Calloway, calling from my mobile.'],
      [14, 'agent', 'triage', 'Thank you, Margaret. How can I help this morning?'],
      [18, 'caller', null, 'My VPN will not connect from home. It says something about a certificate.'],
      [26, 'agent', 'network', 'Can you read me the exact error message?'],
      [44, 'caller', null, 'The server certificate is not valid, connection aborted.'],
      [
        52,
        'agent',
        'network',
        'Thank you. That needs a change on the office firewall, so I am opening a high-priority ticket. A technician will call you within fifteen minutes.',
      ],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 22,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'network',
        outcome: 'handoff',
      },
      {
        agent: 'network',
        fromSecond: 22,
        toSecond: 340,
        turns: 4,
        tools: ['search_kb', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'vpn_certificate_error',
      topics: ['network', 'vpn', 'remote access'],
      keywords: ['vpn', 'certificate', 'from home'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(7),
    direction: 'inbound',
    ueCode: 'UE-2305',
    contactPhone: '+15552305101',
    remotePhone: '+15552305201',
    startedMinutesAgo: 8864,
    ringSeconds: 1,
    durationSeconds: 260,
    status: 'transferred',
    aiResolution: false,
    wasEscalated: true,
    brain: 'rules',
    finalAgent: 'network',
    category: 'network',
    sentiment: 'negative',
    sentimentScore: -0.6,
    summary:
      'Greg Novak (Brightline Logistics) reported the whole Columbus warehouse offline at 06:15 before the morning dispatch; modem restart did not help. Critical ticket opened and the call was transferred to the on-call engineer (after hours).',
    ticketKey: 'seed-ticket-0009',
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. What is your U-E code?'],
      [5, 'caller', null, '2305. The whole warehouse has no internet and trucks leave at seven.'],
      [14, 'agent', 'network', 'I understand, Greg. Is it everyone, including phones on Wi-Fi?'],
      [22, 'caller', null, 'Everyone. I already unplugged the modem and it did not help.'],
      [30, 'agent', 'network', 'Thanks. I am opening a critical ticket and transferring you to our on-call engineer now.'],
      [45, 'system', null, 'After-hours warm transfer to Taylor Nguyen (on call).'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 12,
        turns: 1,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'network',
        outcome: 'handoff',
      },
      {
        agent: 'network',
        fromSecond: 12,
        toSecond: 45,
        turns: 3,
        tools: ['search_kb', 'create_ticket', 'transfer_to_human'],
        handoffTo: null,
        outcome: 'escalated',
      },
    ],
    analysis: {
      intent: 'internet_outage_site',
      topics: ['network', 'outage', 'isp'],
      keywords: ['no internet', 'whole warehouse', 'modem'],
      resolutionStatus: 'escalated',
    },
  },
  {
    callSid: seedCallSid(8),
    direction: 'inbound',
    ueCode: 'UE-5096',
    contactPhone: '+15555096102',
    remotePhone: '+15555096102',
    startedMinutesAgo: 4078,
    ringSeconds: 2,
    durationSeconds: 480,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'text',
    finalAgent: 'device',
    category: 'device',
    sentiment: 'neutral',
    sentimentScore: -0.2,
    summary:
      'Chloe Nakamura (Redfern Architecture) lost both dock monitors after a BIOS update; a monitor connected directly to the laptop works. Dock reset did not help. Ticket opened for dock firmware update.',
    ticketKey: 'seed-ticket-0010',
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. What is your U-E code?'],
      [6, 'caller', null, 'U-E 5096.'],
      [10, 'agent', 'triage', 'Hi Chloe. What is happening?'],
      [13, 'caller', null, 'Since the update yesterday my two monitors stay black when I plug into the dock.'],
      [22, 'agent', 'device', 'Please unplug the dock power for thirty seconds and plug it back in to reset it.'],
      [150, 'caller', null, 'Did that. Still black. If I plug a monitor straight into the laptop it works.'],
      [
        160,
        'agent',
        'device',
        'Then the dock probably needs a firmware update to match the new BIOS. I am opening a ticket for a technician.',
      ],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 18,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'device',
        outcome: 'handoff',
      },
      {
        agent: 'device',
        fromSecond: 18,
        toSecond: 480,
        turns: 5,
        tools: ['search_kb', 'lookup_devices', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'dock_no_display',
      topics: ['device', 'docking station', 'monitor'],
      keywords: ['dock', 'monitors black', 'after update'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(9),
    direction: 'inbound',
    ueCode: 'UE-3318',
    contactPhone: '+15553318103',
    remotePhone: '+15553318103',
    startedMinutesAgo: 4180,
    ringSeconds: 2,
    durationSeconds: 395,
    status: 'completed',
    aiResolution: true,
    wasEscalated: false,
    brain: 'text',
    finalAgent: 'email',
    category: 'email',
    sentiment: 'positive',
    sentimentScore: 0.6,
    summary:
      'Emily Chen (Maple Street Accounting) could not send mail because her mailbox was full. Guided clean-up of Deleted Items, Junk and large Sent attachments; test email sent successfully. Resolved on the call.',
    ticketKey: null,
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. What is your U-E code, please?'],
      [7, 'caller', null, '3318, this is Emily.'],
      [12, 'caller', null, 'Outlook says my mailbox is full and I cannot send anything.'],
      [20, 'agent', 'email', 'Let us free some space. In Outlook, right-click Deleted Items and choose Empty Folder.'],
      [120, 'agent', 'email', 'Now sort your Sent Items by size and delete large attachments you no longer need.'],
      [330, 'caller', null, 'Okay, the warning is gone and my test email went through.'],
      [340, 'agent', 'email', 'Great. I will mark this as resolved. Anything else today?'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 16,
        turns: 2,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'email',
        outcome: 'handoff',
      },
      { agent: 'email', fromSecond: 16, toSecond: 395, turns: 6, tools: ['search_kb'], handoffTo: null, outcome: 'resolved' },
    ],
    analysis: {
      intent: 'mailbox_full',
      topics: ['email', 'mailbox quota'],
      keywords: ['mailbox full', 'cannot send'],
      resolutionStatus: 'resolved',
    },
  },
  {
    callSid: seedCallSid(10),
    direction: 'inbound',
    ueCode: 'UE-4471',
    contactPhone: '+15554471104',
    remotePhone: '+15554471104',
    startedMinutesAgo: 5655,
    ringSeconds: 3,
    durationSeconds: 540,
    status: 'completed',
    aiResolution: true,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'computer',
    category: 'computer',
    sentiment: 'positive',
    sentimentScore: 0.4,
    summary:
      'Sam Whitman (Sunnyvale Montessori) had a very slow computer with 19 days of uptime and pending updates. Restart and update installation fixed it. Resolved on the call.',
    ticketKey: null,
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. What is your U-E code?'],
      [8, 'caller', null, 'U-E 4471. My computer is so slow I can barely use it.'],
      [18, 'agent', 'computer', 'When did you last fully restart the computer?'],
      [26, 'caller', null, 'Honestly, I just close the lid. Maybe a few weeks?'],
      [32, 'agent', 'computer', 'Please save your work, click Start, then Power, and choose Restart rather than Shut down.'],
      [460, 'caller', null, 'It installed some updates and now it is much faster.'],
      [470, 'agent', 'computer', 'Great. Restarting once a week keeps it that way. I will close this as resolved.'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 16,
        turns: 1,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'computer',
        outcome: 'handoff',
      },
      { agent: 'computer', fromSecond: 16, toSecond: 540, turns: 5, tools: ['search_kb'], handoffTo: null, outcome: 'resolved' },
    ],
    analysis: {
      intent: 'slow_computer',
      topics: ['computer', 'performance', 'windows update'],
      keywords: ['slow', 'restart', 'updates'],
      resolutionStatus: 'resolved',
    },
  },
  {
    callSid: seedCallSid(11),
    direction: 'inbound',
    ueCode: null,
    contactPhone: null,
    remotePhone: '+15559990123',
    startedMinutesAgo: 870,
    ringSeconds: 4,
    durationSeconds: 22,
    status: 'abandoned',
    aiResolution: false,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'triage',
    category: null,
    sentiment: null,
    sentimentScore: null,
    summary: 'Unknown caller hung up during greeting before giving a U-E code.',
    ticketKey: null,
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. Can I have your U-E code, please?'],
      [12, 'system', null, 'Caller hung up.'],
    ],
    hops: [
      { agent: 'triage', fromSecond: 0, toSecond: 22, turns: 1, tools: ['identify_contact'], handoffTo: null, outcome: 'caller_hung_up' },
    ],
    analysis: { intent: 'unknown', topics: [], keywords: [], resolutionStatus: 'abandoned' },
  },
  {
    callSid: seedCallSid(12),
    direction: 'inbound',
    ueCode: 'UE-4471',
    contactPhone: '+15554471103',
    remotePhone: '+15554471103',
    startedMinutesAgo: 4230,
    ringSeconds: 2,
    durationSeconds: 300,
    status: 'completed',
    aiResolution: true,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'printer',
    category: 'printer',
    sentiment: 'positive',
    sentimentScore: 0.5,
    summary:
      'Nora Lindqvist (Sunnyvale Montessori) could not print; the Brother HL-L2350DW showed offline with stuck jobs. Printer power-cycled, queue cleared, Use Printer Offline unticked; test page printed. Resolved on the call.',
    ticketKey: null,
    transcript: [
      [0, 'agent', 'triage', 'URackIT support. What is your U-E code?'],
      [7, 'caller', null, 'U-E 4471, Nora in admissions. The printer says offline.'],
      [15, 'agent', 'printer', 'Please turn the printer off, wait thirty seconds, and turn it back on.'],
      [80, 'agent', 'printer', 'Now open the print queue and cancel every stuck document.'],
      [200, 'agent', 'printer', 'In the Printer menu, make sure Use Printer Offline is not ticked.'],
      [260, 'caller', null, 'It just printed! Thank you.'],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 12,
        turns: 1,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'printer',
        outcome: 'handoff',
      },
      {
        agent: 'printer',
        fromSecond: 12,
        toSecond: 300,
        turns: 5,
        tools: ['search_kb', 'lookup_devices'],
        handoffTo: null,
        outcome: 'resolved',
      },
    ],
    analysis: {
      intent: 'printer_offline',
      topics: ['printer', 'print queue'],
      keywords: ['printer offline', 'stuck', 'queue'],
      resolutionStatus: 'resolved',
    },
  },
  {
    callSid: seedCallSid(13),
    direction: 'inbound',
    ueCode: 'UE-1042',
    contactPhone: '+15551042103',
    remotePhone: '+15551042103',
    startedMinutesAgo: 52,
    ringSeconds: 2,
    durationSeconds: 350,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'security',
    category: 'account',
    sentiment: 'neutral',
    sentimentScore: 0,
    summary:
      'Jasmine Ortiz (Harbor Point Dental) got a new phone and cannot approve Microsoft 365 sign-ins. Identity verified by U-E code and caller ID; ticket opened for a technician to reset MFA methods.',
    ticketKey: 'seed-ticket-0011',
    transcript: [
      [0, 'agent', 'triage', 'Thanks for calling URackIT support. What is your U-E code?'],
      [6, 'caller', null, 'U-E 1042. I got a new phone and now I cannot log in to my email.'],
      [16, 'agent', 'security', 'I can help. Do you still have your old phone with the Authenticator app?'],
      [28, 'caller', null, 'No, I traded it in.'],
      [
        34,
        'agent',
        'security',
        'Then a technician needs to reset your sign-in methods. I am opening a ticket and they will call you back on the number we have on file.',
      ],
    ],
    hops: [
      {
        agent: 'triage',
        fromSecond: 0,
        toSecond: 14,
        turns: 1,
        tools: ['identify_organization', 'identify_contact'],
        handoffTo: 'security',
        outcome: 'handoff',
      },
      {
        agent: 'security',
        fromSecond: 14,
        toSecond: 350,
        turns: 4,
        tools: ['search_kb', 'create_ticket'],
        handoffTo: null,
        outcome: 'ticket_created',
      },
    ],
    analysis: {
      intent: 'mfa_reset_new_phone',
      topics: ['account', 'mfa', 'authentication'],
      keywords: ['new phone', 'authenticator', 'cannot log in'],
      resolutionStatus: 'ticket_created',
    },
  },
  {
    callSid: seedCallSid(14),
    direction: 'outbound',
    ueCode: 'UE-3318',
    contactPhone: '+15553318102',
    remotePhone: '+15553318102',
    startedMinutesAgo: 3930,
    ringSeconds: 9,
    durationSeconds: 180,
    status: 'completed',
    aiResolution: false,
    wasEscalated: false,
    brain: 'rules',
    finalAgent: 'servicedesk',
    category: 'computer',
    sentiment: 'neutral',
    sentimentScore: 0.1,
    summary:
      'Scheduled callback to Raj Patel about QuickBooks crashes: he will test the repaired install over the weekend and report back Monday.',
    ticketKey: 'seed-ticket-0004',
    transcript: [
      [0, 'agent', 'servicedesk', 'Hello, this is URackIT support calling back about your QuickBooks ticket.'],
      [8, 'caller', null, 'Hi, yes. Alicia repaired it, I will test it properly over the weekend.'],
      [20, 'agent', 'servicedesk', 'Thanks, Raj. I will mark the ticket as waiting on you. Just call us if it crashes again.'],
    ],
    hops: [
      {
        agent: 'servicedesk',
        fromSecond: 0,
        toSecond: 180,
        turns: 2,
        tools: ['update_ticket'],
        handoffTo: null,
        outcome: 'waiting_on_customer',
      },
    ],
    analysis: {
      intent: 'callback_follow_up',
      topics: ['computer', 'quickbooks', 'follow-up'],
      keywords: ['callback', 'test over weekend'],
      resolutionStatus: 'callback_scheduled',
    },
  },
];

// ───────────────────────────── tickets ─────────────────────────────

export type TicketMessageSeed = {
  readonly afterMinutes: number;
  readonly authorType: 'customer' | 'agent' | 'bot' | 'system';
  readonly authorAgentEmail: string | null;
  readonly authorName: string;
  readonly visibility: 'public' | 'internal';
  readonly body: string;
};

export type TicketAssignmentSeed = {
  readonly afterMinutes: number;
  readonly agentEmail: string;
  readonly assignedByEmail: string | null;
  readonly reason: string;
};

export type TicketEscalationSeed = {
  readonly afterMinutes: number;
  readonly level: number;
  readonly trigger: 'manual' | 'sla_warning' | 'sla_breach' | 'caller_request' | 'after_hours';
  readonly reason: string;
  readonly fromAgentEmail: string | null;
  readonly toAgentEmail: string | null;
  readonly notifiedTarget: string;
  readonly acknowledgedAfterMinutes: number | null;
};

export type TicketCallbackSeed = {
  readonly afterMinutes: number;
  readonly scheduledAfterMinutes: number;
  readonly callSid: string | null;
  readonly reason: string;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly status: 'scheduled' | 'dialing' | 'completed' | 'failed' | 'cancelled';
  readonly lastAttemptAfterMinutes: number | null;
};

export type TicketSeed = {
  /** Natural key, stored as idempotency_key. */
  readonly key: string;
  readonly ueCode: string;
  readonly contactPhone: string;
  readonly callSid: string | null;
  readonly subject: string;
  readonly description: string;
  readonly category: string;
  readonly status: StatusCode;
  readonly priority: PriorityCode;
  readonly assigneeEmail: string | null;
  readonly source: 'phone' | 'api' | 'panel' | 'email';
  readonly createdMinutesAgo: number;
  /** SLA due times, precomputed from the policy in force (minutes after creation). */
  readonly firstResponseDueAfter: number;
  readonly resolutionDueAfter: number;
  readonly firstRespondedAfter: number | null;
  readonly resolvedAfter: number | null;
  readonly closedAfter: number | null;
  readonly resolution: string | null;
  readonly slaPaused: boolean;
  readonly slaBreached: boolean;
  readonly escalationLevel: number;
  readonly messages: readonly TicketMessageSeed[];
  readonly assignments: readonly TicketAssignmentSeed[];
  readonly escalations: readonly TicketEscalationSeed[];
  readonly callbacks: readonly TicketCallbackSeed[];
};

const ALICIA = 'alicia.brooks@urackit.local';
const JORDAN = 'jordan.reyes@urackit.local';
const SAM = 'sam.okafor@urackit.local';
const TAYLOR = 'taylor.nguyen@urackit.local';

export const TICKETS: readonly TicketSeed[] = [
  {
    key: 'seed-ticket-0001',
    ueCode: 'UE-1042',
    contactPhone: '+15551042102',
    callSid: seedCallSid(1),
    subject: 'Front desk printer jams on almost every page',
    description:
      'Brother MFC-L8900CDW (HPD-PRN-FRONT) jams from tray 1 on most pages since this morning. Jam cleared and tray reseated with the caller; still jamming. Likely worn pickup roller.',
    category: 'printer',
    status: 'resolved',
    priority: 'medium',
    assigneeEmail: ALICIA,
    source: 'phone',
    createdMinutesAgo: 5748,
    firstResponseDueAfter: 120,
    resolutionDueAfter: 7200,
    firstRespondedAfter: 25,
    resolvedAfter: 1698,
    closedAfter: null,
    resolution: 'Replaced the worn tray 1 pickup roller and cleaned the separation pad on site; 50 test pages printed without a jam.',
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [
      { afterMinutes: 10, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Printer hardware, on-site visit likely' },
    ],
    messages: [
      {
        afterMinutes: 0,
        authorType: 'bot',
        authorAgentEmail: botAgentEmail('printer'),
        authorName: 'Printer Specialist',
        visibility: 'internal',
        body: 'KB printer-paper-jam steps 1–6 completed on the call; jams continue on most pages from tray 1.',
      },
      {
        afterMinutes: 25,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Hi Tom, I can be on site tomorrow at 2pm with a replacement pickup roller. Meanwhile, tray 2 (bypass) should feed fine for urgent prints.',
      },
      {
        afterMinutes: 40,
        authorType: 'customer',
        authorAgentEmail: null,
        authorName: 'Tom Becker',
        visibility: 'public',
        body: 'Tomorrow at 2 works, thank you.',
      },
      {
        afterMinutes: 1698,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Roller replaced and printer tested. Please let us know if any jam comes back.',
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0002',
    ueCode: 'UE-1187',
    contactPhone: '+15551187102',
    callSid: seedCallSid(2),
    subject: 'Outlook keeps prompting for password (partner, filing deadline)',
    description:
      'Daniel Finch gets Outlook credential prompts every few minutes since the weekend. Outlook on the web works. Sign-out/in of Office account did not help. Filing due at noon.',
    category: 'email',
    status: 'in_progress',
    priority: 'high',
    assigneeEmail: ALICIA,
    source: 'phone',
    createdMinutesAgo: 55,
    firstResponseDueAfter: 15,
    resolutionDueAfter: 240,
    firstRespondedAfter: 9,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 3, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'VIP email issue' }],
    messages: [
      {
        afterMinutes: 9,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Hi Daniel, I am connecting to your laptop now to clear the saved credentials. Outlook on the web is a safe fallback for the filing.',
      },
      {
        afterMinutes: 30,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'internal',
        body: "dsregcmd shows the device lost its Entra ID PRT after Friday's password change. Cleared Credential Manager entries; re-registering the device.",
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0003',
    ueCode: 'UE-2305',
    contactPhone: '+15552305102',
    callSid: seedCallSid(3),
    subject: 'Loading dock handheld scanners keep dropping Wi-Fi',
    description:
      'About six handheld scanners at the loading dock lose Wi-Fi repeatedly since the 06:00 shift. Office devices unaffected. Probably the dock access point (BL-AP-DOCK).',
    category: 'network',
    status: 'assigned',
    priority: 'high',
    assigneeEmail: JORDAN,
    source: 'phone',
    createdMinutesAgo: 140,
    firstResponseDueAfter: 110,
    resolutionDueAfter: 560,
    firstRespondedAfter: 100,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 1,
    assignments: [
      { afterMinutes: 95, agentEmail: JORDAN, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Wireless, network specialist' },
    ],
    messages: [
      {
        afterMinutes: 100,
        authorType: 'agent',
        authorAgentEmail: JORDAN,
        authorName: 'Jordan Reyes',
        visibility: 'public',
        body: 'Hi Lena, I can see BL-AP-DOCK rebooting every few minutes in the UniFi console. Checking its PoE port and firmware now.',
      },
      {
        afterMinutes: 128,
        authorType: 'customer',
        authorAgentEmail: null,
        authorName: 'Lena Park',
        visibility: 'public',
        body: 'We have three trucks waiting, can this be escalated please?',
      },
    ],
    escalations: [
      {
        afterMinutes: 130,
        level: 1,
        trigger: 'caller_request',
        reason: 'Customer asked to escalate: trucks delayed at the dock.',
        fromAgentEmail: JORDAN,
        toAgentEmail: SAM,
        notifiedTarget: 'supervisor',
        acknowledgedAfterMinutes: 134,
      },
    ],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0004',
    ueCode: 'UE-3318',
    contactPhone: '+15553318102',
    callSid: seedCallSid(4),
    subject: 'QuickBooks closes when opening the company file',
    description:
      'QuickBooks Desktop Enterprise closes without an error when Raj opens the company file on MSA-SRV01. Other users unaffected. Restart did not help.',
    category: 'computer',
    status: 'waiting_on_customer',
    priority: 'medium',
    assigneeEmail: ALICIA,
    source: 'phone',
    createdMinutesAgo: 4110,
    firstResponseDueAfter: 120,
    resolutionDueAfter: 7200,
    firstRespondedAfter: 40,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: true,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 20, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Application support' }],
    messages: [
      {
        afterMinutes: 40,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Hi Raj, I ran the QuickBooks Tool Hub repair and reinstalled the .NET components. Could you try opening the company file again?',
      },
      {
        afterMinutes: 180,
        authorType: 'system',
        authorAgentEmail: null,
        authorName: 'System',
        visibility: 'internal',
        body: 'Callback completed. Customer will test over the weekend; status set to waiting on customer (SLA paused).',
      },
    ],
    escalations: [],
    callbacks: [
      {
        afterMinutes: 45,
        scheduledAfterMinutes: 180,
        callSid: seedCallSid(14),
        reason: 'Confirm QuickBooks works after repair',
        attempts: 1,
        maxAttempts: 3,
        status: 'completed',
        lastAttemptAfterMinutes: 180,
      },
    ],
  },
  {
    key: 'seed-ticket-0005',
    ueCode: 'UE-4471',
    contactPhone: '+15554471102',
    callSid: null,
    subject: 'Request: shared mailbox admissions@ for the admissions team',
    description:
      "Mike O'Brien asked by email for a shared admissions@ mailbox with access for Nora Lindqvist and Patricia Gomez, ahead of the open house.",
    category: 'email',
    status: 'open',
    priority: 'low',
    assigneeEmail: null,
    source: 'panel',
    createdMinutesAgo: 30,
    firstResponseDueAfter: 1440,
    resolutionDueAfter: 10080,
    firstRespondedAfter: null,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [],
    messages: [
      {
        afterMinutes: 0,
        authorType: 'customer',
        authorAgentEmail: null,
        authorName: "Mike O'Brien",
        visibility: 'public',
        body: 'Could you set up admissions@ as a shared inbox for Nora and Patricia? Open house is on the 6th. Thanks!',
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0006',
    ueCode: 'UE-5096',
    contactPhone: '+15555096104',
    callSid: seedCallSid(5),
    subject: 'Phishing: credentials entered on fake invoice page',
    description:
      'Grace Adeyemi entered her Microsoft 365 password on a fake invoice sign-in page. Containment steps given on the call; warm transfer to on-call.',
    category: 'security',
    status: 'closed',
    priority: 'critical',
    assigneeEmail: TAYLOR,
    source: 'phone',
    createdMinutesAgo: 6795,
    firstResponseDueAfter: 15,
    resolutionDueAfter: 240,
    firstRespondedAfter: 6,
    resolvedAfter: 155,
    closedAfter: 4475,
    resolution:
      'Password reset, all sessions revoked, MFA re-registered. A malicious inbox rule forwarding invoices was removed; message purged from 4 other mailboxes. No further sign-ins from the attacker IP.',
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 1,
    assignments: [{ afterMinutes: 4, agentEmail: TAYLOR, assignedByEmail: null, reason: 'Security incident, on-call engineer' }],
    messages: [
      {
        afterMinutes: 6,
        authorType: 'agent',
        authorAgentEmail: TAYLOR,
        authorName: 'Taylor Nguyen',
        visibility: 'internal',
        body: 'Reset password, revoked sessions. Sign-in log shows a successful login from an unfamiliar IP 3 minutes after the click.',
      },
      {
        afterMinutes: 60,
        authorType: 'agent',
        authorAgentEmail: TAYLOR,
        authorName: 'Taylor Nguyen',
        visibility: 'internal',
        body: 'Found and removed inbox rule "Invoices" forwarding to an external address. Purged the phishing message tenant-wide.',
      },
      {
        afterMinutes: 155,
        authorType: 'agent',
        authorAgentEmail: TAYLOR,
        authorName: 'Taylor Nguyen',
        visibility: 'public',
        body: 'Hi Grace, your account is secured. Please set up the Authenticator app again at aka.ms/mysecurityinfo when you next sign in.',
      },
    ],
    escalations: [
      {
        afterMinutes: 4,
        level: 1,
        trigger: 'caller_request',
        reason: 'Credentials entered on a phishing page; live transfer to on-call.',
        fromAgentEmail: botAgentEmail('security'),
        toAgentEmail: TAYLOR,
        notifiedTarget: 'on_call',
        acknowledgedAfterMinutes: 5,
      },
    ],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0007',
    ueCode: 'UE-1187',
    contactPhone: '+15551187101',
    callSid: seedCallSid(6),
    subject: 'VPN fails from home: server certificate not valid',
    description:
      'Margaret Calloway cannot connect to the office VPN from home; client reports the server certificate is invalid. Likely the MX68 client VPN certificate expired.',
    category: 'network',
    status: 'resolved',
    priority: 'high',
    assigneeEmail: JORDAN,
    source: 'phone',
    createdMinutesAgo: 2870,
    firstResponseDueAfter: 15,
    resolutionDueAfter: 2820,
    firstRespondedAfter: 11,
    resolvedAfter: 95,
    closedAfter: null,
    resolution: 'Client VPN server certificate on the Meraki MX68 had expired; renewed it and confirmed the partner can connect from home.',
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 5, agentEmail: JORDAN, assignedByEmail: null, reason: 'VIP weekend coverage' }],
    messages: [
      {
        afterMinutes: 11,
        authorType: 'agent',
        authorAgentEmail: JORDAN,
        authorName: 'Jordan Reyes',
        visibility: 'public',
        body: 'Good morning Margaret, I am looking at the firewall now. I will call you as soon as the certificate is renewed.',
      },
      {
        afterMinutes: 95,
        authorType: 'agent',
        authorAgentEmail: JORDAN,
        authorName: 'Jordan Reyes',
        visibility: 'public',
        body: 'Certificate renewed and your connection test succeeded. Other partners will connect normally on Monday.',
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0008',
    ueCode: 'UE-1042',
    contactPhone: '+15551042101',
    callSid: null,
    subject: 'New hire laptop setup: printers and Outlook for hygienist',
    description:
      'Dr. Marsh emailed: new hygienist starts at Groton on Thursday; needs the Groton PC profile, the front desk printer and a shared calendar.',
    category: 'device',
    status: 'closed',
    priority: 'low',
    assigneeEmail: ALICIA,
    source: 'email',
    createdMinutesAgo: 20100,
    firstResponseDueAfter: 1440,
    resolutionDueAfter: 10080,
    firstRespondedAfter: 95,
    resolvedAfter: 3120,
    closedAfter: 7440,
    resolution:
      'Created the Microsoft 365 account, set up the Groton operatory PC profile, added both printers and shared the clinic calendar.',
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 60, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Onboarding' }],
    messages: [
      {
        afterMinutes: 0,
        authorType: 'customer',
        authorAgentEmail: null,
        authorName: 'Elena Marsh',
        visibility: 'public',
        body: 'Kevin Liu starts Thursday at Groton. Please set up his login, printers and the clinic calendar.',
      },
      {
        afterMinutes: 95,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Thanks Dr. Marsh, we will have everything ready by Wednesday afternoon.',
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0009',
    ueCode: 'UE-2305',
    contactPhone: '+15552305101',
    callSid: seedCallSid(7),
    subject: 'Internet outage at Columbus warehouse before morning dispatch',
    description: 'Whole warehouse offline at 06:15; modem restart did not help. Dispatch cannot print manifests. Trucks leave at 07:00.',
    category: 'network',
    status: 'closed',
    priority: 'critical',
    assigneeEmail: TAYLOR,
    source: 'phone',
    createdMinutesAgo: 8860,
    firstResponseDueAfter: 15,
    resolutionDueAfter: 240,
    firstRespondedAfter: 12,
    resolvedAfter: 305,
    closedAfter: 4625,
    resolution:
      'ISP fibre cut on Alum Creek Drive, repaired by the carrier at 11:25. Configured LTE failover on the UDM Pro WAN2 so dispatch stays online during future outages.',
    slaPaused: false,
    slaBreached: true,
    escalationLevel: 3,
    assignments: [{ afterMinutes: 4, agentEmail: TAYLOR, assignedByEmail: null, reason: 'After hours, on-call engineer' }],
    messages: [
      {
        afterMinutes: 12,
        authorType: 'agent',
        authorAgentEmail: TAYLOR,
        authorName: 'Taylor Nguyen',
        visibility: 'public',
        body: 'Greg, the gateway shows WAN down with no light from the ISP. I have opened a case with the carrier and will set up a hotspot for dispatch.',
      },
      {
        afterMinutes: 185,
        authorType: 'system',
        authorAgentEmail: null,
        authorName: 'SLA monitor',
        visibility: 'internal',
        body: 'Resolution SLA at 75%: supervisor notified.',
      },
      {
        afterMinutes: 240,
        authorType: 'system',
        authorAgentEmail: null,
        authorName: 'SLA monitor',
        visibility: 'internal',
        body: 'Resolution SLA breached: on-call and account manager notified.',
      },
      {
        afterMinutes: 305,
        authorType: 'agent',
        authorAgentEmail: TAYLOR,
        authorName: 'Taylor Nguyen',
        visibility: 'public',
        body: 'Carrier repaired the fibre and the site is back online. LTE failover is now configured for the future.',
      },
    ],
    escalations: [
      {
        afterMinutes: 180,
        level: 1,
        trigger: 'sla_warning',
        reason: 'Resolution SLA 75% elapsed.',
        fromAgentEmail: TAYLOR,
        toAgentEmail: SAM,
        notifiedTarget: 'supervisor',
        acknowledgedAfterMinutes: 186,
      },
      {
        afterMinutes: 240,
        level: 2,
        trigger: 'sla_breach',
        reason: 'Resolution SLA breached (carrier repair pending).',
        fromAgentEmail: null,
        toAgentEmail: TAYLOR,
        notifiedTarget: 'on_call',
        acknowledgedAfterMinutes: 241,
      },
      {
        afterMinutes: 255,
        level: 3,
        trigger: 'sla_breach',
        reason: 'Account manager informed of critical breach.',
        fromAgentEmail: null,
        toAgentEmail: null,
        notifiedTarget: 'account_manager',
        acknowledgedAfterMinutes: 270,
      },
    ],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0010',
    ueCode: 'UE-5096',
    contactPhone: '+15555096102',
    callSid: seedCallSid(8),
    subject: 'Dock not driving monitors after BIOS update',
    description:
      'Dell WD19S dock shows no picture on either P2422H monitor since the BIOS 1.14 update on the Latitude 5440. Direct HDMI to the laptop works.',
    category: 'device',
    status: 'in_progress',
    priority: 'medium',
    assigneeEmail: ALICIA,
    source: 'phone',
    createdMinutesAgo: 4070,
    firstResponseDueAfter: 120,
    resolutionDueAfter: 7200,
    firstRespondedAfter: 35,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 15, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Desktop hardware' }],
    messages: [
      {
        afterMinutes: 35,
        authorType: 'agent',
        authorAgentEmail: ALICIA,
        authorName: 'Alicia Brooks',
        visibility: 'public',
        body: 'Hi Chloe, the WD19S needs firmware 01.00.32 to work with the new BIOS. I will push it remotely on Monday morning while you are docked.',
      },
    ],
    escalations: [],
    callbacks: [],
  },
  {
    key: 'seed-ticket-0011',
    ueCode: 'UE-1042',
    contactPhone: '+15551042103',
    callSid: seedCallSid(13),
    subject: 'MFA reset: new phone, cannot approve sign-ins',
    description:
      'Jasmine Ortiz replaced her phone and no longer has the Authenticator app. Needs MFA methods reset after identity verification by callback.',
    category: 'account',
    status: 'assigned',
    priority: 'medium',
    assigneeEmail: ALICIA,
    source: 'phone',
    createdMinutesAgo: 45,
    firstResponseDueAfter: 120,
    resolutionDueAfter: 4320,
    firstRespondedAfter: null,
    resolvedAfter: null,
    closedAfter: null,
    resolution: null,
    slaPaused: false,
    slaBreached: false,
    escalationLevel: 0,
    assignments: [{ afterMinutes: 8, agentEmail: ALICIA, assignedByEmail: DEFAULT_SUPERVISOR_EMAIL, reason: 'Account administration' }],
    messages: [
      {
        afterMinutes: 0,
        authorType: 'bot',
        authorAgentEmail: botAgentEmail('security'),
        authorName: 'Security Specialist',
        visibility: 'internal',
        body: 'Caller ID matches the contact on file. Verify by callback to +15551042103 before resetting methods.',
      },
    ],
    escalations: [],
    callbacks: [],
  },
];

// ───────────────────────────── operations ─────────────────────────────

export const HEALTH_COMPONENTS: readonly { readonly component: string; readonly latencyMs: number }[] = [
  { component: 'database', latencyMs: 3 },
  { component: 'temporal', latencyMs: 11 },
  { component: 'worker', latencyMs: 7 },
  { component: 'api', latencyMs: 4 },
  { component: 'voice_edge', latencyMs: 6 },
];

/** Number of days of service-wide daily metrics before the reference date. */
export const DAILY_METRIC_DAYS = 14;
/** Number of hours of service-wide hourly metrics before the reference date. */
export const HOURLY_METRIC_HOURS = 24;
/** Customer-metrics period (whole previous month). */
export const CUSTOMER_METRIC_PERIOD = { start: '2025-10-01', end: '2025-10-31' } as const;
