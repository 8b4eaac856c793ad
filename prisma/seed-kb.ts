/**
 * The demo knowledge base: one article per common support problem.
 *
 * Pure data with no imports, so it can be used by the seed, by tests and by the offline
 * (rules) brain alike. `steps` are read aloud by a phone agent, one at a time: each is one
 * short, plain sentence addressed to the caller. `keywords` and `symptoms` are phrased the way
 * callers talk, so a simple keyword/overlap search finds the right article.
 */

export type KbCategorySeed = 'printer' | 'email' | 'network' | 'computer' | 'phone' | 'security' | 'device' | 'account';

export interface KbArticleSeed {
  slug: string;
  title: string;
  category: KbCategorySeed;
  /** Lower-case words and phrases a caller might use, including synonyms and colloquialisms. */
  keywords: readonly string[];
  /** What the caller reports, in the caller's words. */
  symptoms: readonly string[];
  /** Ordered; each one short sentence a phone agent can read aloud. */
  steps: readonly string[];
  /** When to stop troubleshooting and open or escalate a ticket. */
  escalateWhen: string;
  /** One-paragraph summary shown at the top of the article. */
  overview: string;
  /** Background for the human technician (not read to callers). */
  techNotes: string;
}

export const REQUIRED_KB_SLUGS = [
  'printer-paper-jam',
  'printer-offline',
  'printer-driver-install',
  'scan-to-email',
  'outlook-not-syncing',
  'outlook-password-prompts',
  'mailbox-full',
  'out-of-office',
  'shared-mailbox',
  'wifi-drops',
  'no-internet',
  'vpn-connect-fails',
  'slow-network',
  'dns-resolution',
  'pc-slow',
  'blue-screen',
  'pc-wont-boot',
  'windows-update-stuck',
  'disk-full',
  'app-crashes',
  'teams-audio',
  'mfa-reset',
  'password-reset',
  'account-lockout',
  'phishing-report',
  'ransomware',
  'desk-phone-no-dial-tone',
  'voicemail-reset',
  'monitor-no-signal',
  'docking-station',
] as const;

export type KbSlug = (typeof REQUIRED_KB_SLUGS)[number];

export const KB_ARTICLES: readonly KbArticleSeed[] = [
  // ───────────────────────────── printer ─────────────────────────────
  {
    slug: 'printer-paper-jam',
    title: 'Printer paper jam',
    category: 'printer',
    keywords: [
      'paper jam', 'jam', 'jammed', 'paper stuck', 'stuck paper', 'paper caught', 'printer eating paper',
      'crumpled', 'crinkled', 'misfeed', 'not feeding', "won't feed", 'torn paper', 'clear jam', 'tray',
      'printer jam error',
    ],
    symptoms: [
      'The printer says there is a paper jam',
      'Paper is stuck inside the printer',
      'It still says jam after I pulled the paper out',
      'Pages come out crumpled or folded',
      'The printer grabs two sheets at once',
    ],
    steps: [
      'Please turn the printer off with its power button and wait until it stops moving.',
      'Open the front door and gently lift out the toner or drum unit to look inside.',
      'Pull any stuck paper out slowly with both hands, in the direction the paper normally travels.',
      'Open the back door as well, and pull out the paper tray to check for small torn pieces.',
      'Fan the paper stack, keep it below the fill line, and slide the guides snug against it.',
      'Put the tray and toner back, close every door, and turn the printer on.',
      'Print one test page to make sure it feeds cleanly.',
    ],
    escalateWhen:
      'The jam message stays with no paper visible, paper is torn deep inside, the printer grinds or clicks, or it jams again on most pages.',
    overview:
      'Guides the caller through safely clearing a paper jam on a laser printer or multifunction copier and preventing an immediate repeat.',
    techNotes:
      'Repeat jams from the same tray usually mean worn pickup or separation rollers, damp or heavy paper, or a tray guide set wrong. A jam message with an empty paper path points at a stuck sensor flag; book an on-site visit or a vendor service call rather than having staff dismantle the fuser.',
  },
  {
    slug: 'printer-offline',
    title: 'Printer shows offline or jobs stuck in the queue',
    category: 'printer',
    keywords: [
      'printer offline', "can't print", 'cannot print', "won't print", 'not printing', 'nothing comes out',
      'print queue', 'stuck in queue', 'documents waiting', 'pending', 'paused', 'printer not responding',
      'error printing', 'spooler', 'printer disappeared', 'print job stuck',
    ],
    symptoms: [
      'My printer says offline',
      'I hit print and nothing comes out',
      'Documents are stuck in the print queue',
      'It says error printing',
      'The printer was working yesterday and now it will not print',
    ],
    steps: [
      'Check that the printer is switched on and its screen says Ready with no error lights.',
      'Look at the network or Wi-Fi light on the printer, and push its network cable in firmly if it has one.',
      'Turn the printer off, wait thirty seconds, and turn it back on.',
      'On your computer, open Settings, then Bluetooth and devices, then Printers and scanners, and click the printer.',
      'Open the print queue and cancel every stuck document.',
      'In the queue window, open the Printer menu and make sure Pause Printing and Use Printer Offline are not ticked.',
      'Restart your computer and try printing one page.',
    ],
    escalateWhen:
      'The printer is offline for everyone, its address has changed, the queue will not clear after a restart, or the printer shows a hardware error code.',
    overview:
      'Brings an offline printer back and clears a stuck print queue on Windows.',
    techNotes:
      'If several users are affected check the printer has a DHCP reservation and that the port on the print server or client still points at the right IP. A queue that will not clear needs the Print Spooler service stopped, C:\\Windows\\System32\\spool\\PRINTERS emptied, and the service started again.',
  },
  {
    slug: 'printer-driver-install',
    title: 'Add a printer or install its driver',
    category: 'printer',
    keywords: [
      'install printer', 'add printer', 'set up printer', 'setup printer', 'new printer', 'printer driver',
      'driver', 'printer not listed', "can't find printer", 'printer missing', 'connect to printer',
      'new laptop', 'new computer printer', 'map printer',
    ],
    symptoms: [
      'I need to add the office printer to my computer',
      'The printer is not in my list',
      'I got a new laptop and cannot print',
      'It asks me for a driver',
    ],
    steps: [
      'Open Settings, then Bluetooth and devices, then Printers and scanners.',
      'Click Add device and wait about a minute for the office printers to appear.',
      'If you see the printer, click Add device next to it and let Windows finish.',
      'If it does not appear, click Add manually and choose to add a printer using an IP address.',
      'Type the printer address that I read to you, and click Next.',
      'If asked for a driver, choose the maker and the model printed on the front of the printer.',
      'Open the printer in the list and click Print a test page.',
    ],
    escalateWhen:
      'Windows asks for administrator rights, no matching driver is offered, or the printer needs the manufacturer\'s full software package or a print-server deployment.',
    overview:
      'Adds a network printer to a Windows computer, by discovery or by IP address.',
    techNotes:
      'Read the printer IP from the device record (devices list, type printer) for the caller\'s location. Prefer the manufacturer\'s universal PCL6 driver for HP/Brother/Canon fleets; deploy via Intune or group policy for more than a couple of users.',
  },
  {
    slug: 'scan-to-email',
    title: 'Scan to email not arriving',
    category: 'printer',
    keywords: [
      'scan to email', 'scanner', 'scanning', 'scan', 'scans not arriving', 'scan not coming through',
      "can't scan", 'send scan', 'copier scan', 'scan to folder', 'email from copier', 'smtp',
      'scanner email error', 'connection error when scanning',
    ],
    symptoms: [
      'I scan on the copier but the email never shows up',
      'The scanner says send failed',
      'Scanning worked last week and now it does not',
      'The copier shows a connection or authentication error when I scan',
    ],
    steps: [
      'At the copier, check that the email address you chose is spelled exactly right.',
      'Look in your Junk Email folder and any quarantine notices for the scan.',
      'Try scanning a single page in black and white, because large colour scans can be too big to send.',
      'After scanning, read me any message that appears on the copier screen.',
      'Turn the copier off, wait thirty seconds, and turn it back on.',
      'Scan one page to your own address again as a test.',
    ],
    escalateWhen:
      'The copier shows an authentication, SMTP or connection error, nobody in the office can scan, or the scans go to quarantine.',
    overview:
      'Finds why scanned documents are not reaching the mailbox and rules out the common user-side causes.',
    techNotes:
      'Most failures are the scanner\'s sending account: an expired password, MFA enforced on it, or SMTP AUTH disabled in Microsoft 365. Prefer a Microsoft 365 SMTP relay connector bound to the office public IP; check message trace for rejected or quarantined scans.',
  },

  // ───────────────────────────── email ─────────────────────────────
  {
    slug: 'outlook-not-syncing',
    title: 'Outlook not sending or receiving',
    category: 'email',
    keywords: [
      'outlook not updating', 'not receiving email', 'no new emails', 'emails not coming in', 'outlook stuck',
      'disconnected', 'working offline', 'send receive', 'outbox', 'stuck in outbox', 'not syncing',
      'inbox not updating', 'email stopped', 'outlook frozen', 'trying to connect',
    ],
    symptoms: [
      'I have not had any new email since this morning',
      'Outlook says disconnected or working offline',
      'My emails are sitting in the Outbox',
      'Other people got an email and I did not',
    ],
    steps: [
      'Look at the bottom bar of Outlook and tell me if it says Connected, Disconnected, or Working Offline.',
      'Click the Send and Receive tab and make sure Work Offline is not highlighted.',
      'Open a web browser and check that ordinary websites load.',
      'Sign in at outlook dot office dot com in the browser, and check whether the missing email is there.',
      'Close Outlook completely, wait ten seconds, and open it again.',
      'If it still does not update, restart the computer and open Outlook again.',
    ],
    escalateWhen:
      'Mail is missing in Outlook on the web as well, several people are affected, or Outlook still will not sync after a restart and needs a new profile.',
    overview:
      'Separates an Outlook client problem from a mailbox or service problem and gets mail flowing again.',
    techNotes:
      'If Outlook on the web is fine, suspect the local profile or OST: create a new profile, or rename the OST. If the web is also missing mail, check message trace, transport rules, and the Microsoft 365 service health dashboard. A large Outbox item usually exceeds the send size limit.',
  },
  {
    slug: 'outlook-password-prompts',
    title: 'Outlook keeps asking for a password',
    category: 'email',
    keywords: [
      'outlook keeps asking for password', 'password prompt', 'password pop up', 'keeps asking me to sign in',
      'sign in loop', 'login box', 'credentials', 'authentication', 'enter password', 'need password',
      'outlook wants my password', 'password keeps popping up',
    ],
    symptoms: [
      'Outlook keeps popping up a box asking for my password',
      'I type my password and it asks again',
      'It says I need a password to continue',
    ],
    steps: [
      'Check that Caps Lock is off and type your email password carefully once more.',
      'Open a browser and sign in at outlook dot office dot com, to check the password works there.',
      'If the browser asks you to change your password or approve a sign in, please do that first.',
      'Close Outlook completely, open it again, and sign in when it asks.',
      'In Outlook, open File, then Office Account, then sign out, and sign back in.',
      'Restart the computer if the box keeps coming back.',
    ],
    escalateWhen:
      'The password also fails in the browser, the prompts continue after a restart, or sign-in reports it is blocked by a policy.',
    overview:
      'Stops repeated credential prompts in Outlook, usually caused by a changed password or stale cached sign-in.',
    techNotes:
      'If the web sign-in fails, switch to password-reset or account-lockout. Otherwise clear the MicrosoftOffice and AAD entries in Credential Manager, check the device is still registered in Entra ID (dsregcmd /status), and look for conditional-access failures in the sign-in logs.',
  },
  {
    slug: 'mailbox-full',
    title: 'Mailbox full or over quota',
    category: 'email',
    keywords: [
      'mailbox full', 'mailbox almost full', 'inbox full', 'over quota', 'quota', 'storage full',
      'out of space email', "can't send email", 'email storage', 'archive', 'mailbox size',
      'delete old emails', 'bounce back full',
    ],
    symptoms: [
      'Outlook says my mailbox is full',
      'I can receive but I cannot send',
      'People say their emails to me bounce back',
      'I keep getting mailbox almost full warnings',
    ],
    steps: [
      'In Outlook, right-click Deleted Items and choose Empty Folder.',
      'Do the same for the Junk Email folder.',
      'In your Inbox, sort by size and delete or save any large attachments you no longer need.',
      'Do the same in your Sent Items folder.',
      'Close Outlook and open it again so it recalculates your mailbox size.',
      'Send a short test email to yourself.',
    ],
    escalateWhen:
      'The mailbox is still full after clean-up, it needs an online archive or a larger licence, or mail is bouncing for external senders.',
    overview:
      'Frees space in a full mailbox so the caller can send and receive again.',
    techNotes:
      'Check the quota and the Recoverable Items size in the Exchange admin centre. Enabling the online archive with a retention policy is the long-term fix; an Exchange Online Plan 2 or archive add-on may be needed for very large mailboxes.',
  },
  {
    slug: 'out-of-office',
    title: 'Set or remove an out-of-office reply',
    category: 'email',
    keywords: [
      'out of office', 'automatic replies', 'auto reply', 'away message', 'vacation reply',
      'vacation message', 'holiday message', 'ooo', 'away', 'leave', 'turn off out of office',
      'set my away message', 'autoreply',
    ],
    symptoms: [
      'I need to set my out of office before I leave',
      'My out of office is still on after I came back',
      'People outside the company are not getting my away message',
    ],
    steps: [
      'In Outlook, click File, then Automatic Replies.',
      'Choose Send automatic replies.',
      'Tick Only send during this time range, and set your start and end dates.',
      'Type your message in the Inside My Organization tab.',
      'Open the Outside My Organization tab, tick the box, and paste the same message.',
      'Click OK, and to turn it off later come back here and choose Do not send automatic replies.',
    ],
    escalateWhen:
      'Automatic Replies is missing or shows an error, or the reply must be set on someone else\'s mailbox, which needs an administrator.',
    overview:
      'Turns automatic replies on or off in Outlook for internal and external senders.',
    techNotes:
      'In the new Outlook and on the web the setting is under Settings, Account, Automatic replies. Admins can set replies for absent staff in the Exchange admin centre or with Set-MailboxAutoReplyConfiguration; confirm the request with the organisation\'s primary contact first.',
  },
  {
    slug: 'shared-mailbox',
    title: 'Shared mailbox access or sending as a shared address',
    category: 'email',
    keywords: [
      'shared mailbox', 'shared inbox', 'team mailbox', 'info mailbox', 'sales mailbox', 'office inbox',
      'send as', 'send on behalf', 'delegate', 'access to mailbox', "can't see shared mailbox",
      'shared mailbox disappeared', 'from address', 'generic mailbox',
    ],
    symptoms: [
      'The shared inbox disappeared from my Outlook',
      'I need access to the info mailbox',
      'I cannot send from the shared address',
      'My new coworker needs the team mailbox',
    ],
    steps: [
      'Tell me the name of the shared mailbox, and who needs access to it.',
      'Close Outlook completely and open it again, because new access can take up to an hour to show up.',
      'Look in the folder list on the left for the shared mailbox below your own mailbox.',
      'If it is missing, sign in at outlook dot office dot com, click your picture, and choose Open another mailbox.',
      'To send from it, start a new email, click Options, then From, and pick the shared address.',
      'If there is no From box, click Options and turn on Show From.',
    ],
    escalateWhen:
      'The person does not have permission yet, a new shared mailbox is needed, or the mailbox still does not appear after an hour.',
    overview:
      'Gets a shared mailbox showing in Outlook and lets the caller send from its address.',
    techNotes:
      'Granting Full Access or Send As needs approval from the organisation\'s primary contact. Full Access with automapping makes it appear automatically; Send As and Send on Behalf are separate permissions. Shared mailboxes over 50 GB need a licence.',
  },

  // ───────────────────────────── network ─────────────────────────────
  {
    slug: 'wifi-drops',
    title: 'Wi-Fi keeps dropping',
    category: 'network',
    keywords: [
      'wifi keeps dropping', 'wifi drops', 'wi-fi', 'wireless', 'keeps disconnecting', 'losing wifi',
      'internet cuts out', 'spotty', 'unstable', 'weak signal', 'goes in and out', 'drops connection',
      'wifi disconnects', 'bad signal', 'intermittent',
    ],
    symptoms: [
      'My Wi-Fi keeps disconnecting',
      'The internet goes in and out all day',
      'I lose the connection during calls',
      'The signal is weak in my office',
    ],
    steps: [
      'Tell me whether it drops only on your computer, or on phones and other laptops too.',
      'If you can, move closer to the wireless access point and see whether it stays connected.',
      'Click the Wi-Fi icon, find the office network, choose Forget, and then connect again with the password.',
      'Turn Wi-Fi off and back on from the network icon in the corner of the screen.',
      'If it is a laptop, plug it into power, because battery saving can turn Wi-Fi down.',
      'Restart the computer and watch the connection for a few minutes.',
    ],
    escalateWhen:
      'Several people or a whole area lose Wi-Fi, drops continue after a restart, or the caller needs a wired connection to keep working.',
    overview:
      'Stabilises a wireless connection that keeps dropping, and tells a single-device problem from an access-point problem.',
    techNotes:
      'Check the access point\'s client list and event log for the caller\'s MAC address (devices list). Common fixes: update the Wi-Fi driver, disable the adapter\'s power saving, move the client to 5 GHz, or fix channel overlap and transmit power on the access points.',
  },
  {
    slug: 'no-internet',
    title: 'No internet connection',
    category: 'network',
    keywords: [
      'no internet', 'internet down', 'internet is out', "can't get online", 'offline', 'no connection',
      'network down', 'websites not loading', 'nothing loads', 'globe icon', 'no network access',
      'outage', 'modem', 'router', 'everyone is down',
    ],
    symptoms: [
      'The internet is down',
      'Nothing will load in my browser',
      'The network icon shows a globe or a red cross',
      'Nobody in the office can get online',
    ],
    steps: [
      'Tell me whether anyone else in the office can get on the internet right now.',
      'Look at the network icon in the corner of your screen, and tell me if it shows a globe or a red cross.',
      'If you use a network cable, make sure it clicks firmly into both the computer and the wall.',
      'Try a different website, such as microsoft dot com, to rule out one site being down.',
      'Restart your computer.',
      'If the whole office is down, tell me which lights are on or blinking on the modem and the firewall.',
      'Only if I ask you to, unplug the modem for thirty seconds and plug it back in.',
    ],
    escalateWhen:
      'The whole office is still offline after the modem restart, the firewall shows fault lights, or the outage stops critical work such as patient care or shipping.',
    overview:
      'Restores internet access for one computer, or triages an office-wide outage.',
    techNotes:
      'Office-wide: check the firewall\'s WAN status and uplink in the management portal, then the ISP\'s outage page; failover to LTE if configured. Single user: check the switch port, DHCP lease, and proxy settings. An office-wide outage at a business-critical client is high or critical priority.',
  },
  {
    slug: 'vpn-connect-fails',
    title: 'VPN will not connect',
    category: 'network',
    keywords: [
      'vpn', "vpn won't connect", 'vpn not connecting', 'vpn error', 'remote access', 'working from home',
      "can't connect from home", "can't reach files from home", 'forticlient', 'globalprotect', 'anyconnect',
      'wireguard', 'tunnel', 'remote desktop from home',
    ],
    symptoms: [
      'My VPN will not connect from home',
      'The VPN says it cannot reach the server',
      'I am connected but cannot open the shared drive',
      'It keeps asking me to log in to the VPN',
    ],
    steps: [
      'Check that your home internet works by opening an ordinary website.',
      'Close the VPN app completely, open it again, and try to connect.',
      'Check your username and password, and approve the sign-in request on your phone if one appears.',
      'Read me the exact error message the VPN shows.',
      'If you are on hotel or guest Wi-Fi, try your phone\'s hotspot instead, because some networks block VPNs.',
      'Restart your computer and try to connect once more.',
    ],
    escalateWhen:
      'The error mentions a certificate, several users cannot connect, the account is locked, or the VPN client needs reinstalling.',
    overview:
      'Gets a remote worker connected to the office VPN.',
    techNotes:
      'Check the firewall\'s VPN logs for the username. Expired server certificates and firmware updates that change cipher settings cause sudden fleet-wide failures. If connected but no resources, check split-tunnel routes and internal DNS servers handed to the client.',
  },
  {
    slug: 'slow-network',
    title: 'Slow internet or network',
    category: 'network',
    keywords: [
      'slow internet', 'internet is slow', 'slow network', 'slow wifi', 'lag', 'laggy', 'buffering',
      'pages load slowly', 'files open slowly', 'choppy video calls', 'crawling', 'speed test',
      'bandwidth', 'takes forever to load',
    ],
    symptoms: [
      'The internet is really slow today',
      'Files on the shared drive take forever to open',
      'My video calls keep freezing',
      'Web pages load very slowly',
    ],
    steps: [
      'Tell me whether it is slow for everyone, or only on your computer.',
      'Pause any large downloads, cloud syncing, or video streaming that is running.',
      'Open a browser, go to speedtest dot net, and read me the download and upload numbers.',
      'If you are on Wi-Fi, try a network cable or move closer to the access point.',
      'Restart your computer to clear anything stuck in the background.',
      'Run the speed test again and tell me the new numbers.',
    ],
    escalateWhen:
      'Speeds are far below the office\'s plan for everyone, only the file server is slow, or the slowness started after a network change.',
    overview:
      'Measures and narrows down slowness to one device, the office network, or the internet circuit.',
    techNotes:
      'Compare with the circuit speed on record; check firewall traffic analytics for a saturating host (backups, cloud sync, updates), duplex mismatches and errors on switch ports, and Wi-Fi channel utilisation. Apply QoS for voice if calls are choppy.',
  },
  {
    slug: 'dns-resolution',
    title: 'Websites or servers cannot be found (DNS)',
    category: 'network',
    keywords: [
      'site cannot be reached', "this site can't be reached", 'server not found', 'dns', 'dns error',
      'dns probe', 'nxdomain', 'some websites not loading', 'website not found', 'server name',
      "can't find server", 'works by ip', 'address not found',
    ],
    symptoms: [
      'The browser says this site cannot be reached',
      'Some websites work and some do not',
      'I cannot reach the server by its name',
      'Our company website will not load in the office',
    ],
    steps: [
      'Tell me the exact address you are trying to open, and the error you see.',
      'Try a well-known site such as microsoft dot com to see whether any names work.',
      'Try the same site on your phone using mobile data to check whether the site itself is down.',
      'Click Start, type c m d, and open Command Prompt.',
      'Type ipconfig, a space, then slash flushdns, and press Enter.',
      'Close the browser completely, open it again, and try the site once more.',
    ],
    escalateWhen:
      'Internal server names fail, the company\'s own website or email domain does not resolve, or several users are affected.',
    overview:
      'Clears a stale DNS cache and determines whether a name-resolution failure is local, internal, or public.',
    techNotes:
      'Use nslookup against the internal DNS server and a public resolver to compare. Internal failures: check the domain controller DNS service and the DHCP-assigned servers. Public failures for the client\'s own domain: check the domains list for expiry, registrar, and the DNS provider\'s records.',
  },

  // ───────────────────────────── computer ─────────────────────────────
  {
    slug: 'pc-slow',
    title: 'Computer running slowly',
    category: 'computer',
    keywords: [
      'computer slow', 'pc slow', 'laptop slow', 'running slow', 'sluggish', 'freezing', 'freezes',
      'hangs', 'not responding', 'spinning wheel', 'takes forever', 'lagging', 'slow to start',
      'slow to log in', 'everything is slow',
    ],
    symptoms: [
      'My computer is so slow',
      'Programs keep freezing and saying not responding',
      'It takes forever to start up',
      'Everything lags when I open my emails',
    ],
    steps: [
      'Tell me when you last fully restarted the computer.',
      'Save your work, click Start, then Power, and choose Restart rather than Shut down.',
      'After it restarts, press Control, Shift and Escape together to open Task Manager.',
      'Click the CPU column, then the Memory column, and tell me which programs are at the top.',
      'Close any programs and browser tabs you are not using.',
      'Open Settings, then Windows Update, and tell me whether updates are waiting to install.',
      'In File Explorer, click This PC and tell me how much free space the C drive has.',
    ],
    escalateWhen:
      'The disk is nearly full or failing, memory is constantly above ninety percent, an unknown program is using the processor, or the computer is out of warranty and too old for its workload.',
    overview:
      'Finds the usual causes of a slow Windows computer: no restarts, a runaway program, low memory, pending updates, or a full disk.',
    techNotes:
      'Shut down with Fast Startup does not clear uptime; check uptime in Task Manager. Review RMM alerts for disk SMART errors and high memory. Unknown high-CPU processes go to the security specialist. Check the device record\'s warranty date before recommending a replacement.',
  },
  {
    slug: 'blue-screen',
    title: 'Blue screen or unexpected restart',
    category: 'computer',
    keywords: [
      'blue screen', 'bsod', 'blue screen of death', 'stop code', 'crashed', 'computer crashed',
      'your pc ran into a problem', 'sad face', 'restarts by itself', 'rebooted on its own',
      'blue error', 'crash dump',
    ],
    symptoms: [
      'My screen went blue and the computer restarted',
      'It says your PC ran into a problem',
      'The computer keeps restarting by itself',
      'I saw a sad face and a stop code',
    ],
    steps: [
      'If the blue screen is showing, read me the stop code near the bottom.',
      'Unplug any new USB devices, docks, or accessories connected since this started.',
      'Restart the computer and let it start up completely.',
      'Tell me whether anything new was installed recently, such as an update, program, or driver.',
      'Open Settings, then Windows Update, install any pending updates, and restart.',
      'If it happens again, tell me how often, and what you were doing each time.',
    ],
    escalateWhen:
      'Blue screens repeat, Windows will not start, the stop code mentions memory, disk or boot device, or a BitLocker recovery key is requested.',
    overview:
      'Records the stop code and removes the common triggers of a Windows crash.',
    techNotes:
      'Pull minidumps from C:\\Windows\\Minidump and check Reliability Monitor. MEMORY_MANAGEMENT and WHEA errors suggest hardware diagnostics; INACCESSIBLE_BOOT_DEVICE after an update suggests storage driver or BitLocker issues. Roll back the last driver or update if the timing matches.',
  },
  {
    slug: 'pc-wont-boot',
    title: 'Computer will not turn on or start',
    category: 'computer',
    keywords: [
      "won't turn on", "won't start", "won't boot", 'not turning on', 'dead computer', 'no power',
      'black screen', 'stuck on logo', 'boot loop', 'automatic repair', 'beeping', 'nothing happens',
      'laptop dead', 'no bootable device',
    ],
    symptoms: [
      'My computer will not turn on',
      'I press the power button and nothing happens',
      'It is stuck on the logo screen',
      'It keeps restarting into automatic repair',
      'The screen is black but I can hear the fan',
    ],
    steps: [
      'Check that the power cable is firmly plugged into the computer and the wall, and try another outlet.',
      'If it is a laptop, plug in the charger and look for a charging light.',
      'Hold the power button down for fifteen seconds, let go, then press it once normally.',
      'Unplug everything except power, including USB drives, the dock, and extra monitors.',
      'If you hear the fan but see nothing, check that the monitor is on and its cable is connected.',
      'Tell me about any lights, beeps, or messages you see while it starts.',
    ],
    escalateWhen:
      'There are no lights at all with a known-good outlet and charger, it beeps in a pattern, it shows no bootable device or a BitLocker recovery screen, or it loops in automatic repair.',
    overview:
      'Rules out power, accessories and display problems before treating a start-up failure as hardware.',
    techNotes:
      'Check the device record for model, warranty and serial number before booking a vendor repair or on-site visit. BitLocker recovery keys are in Entra ID or Active Directory; read them only to a verified contact. Offer a loaner if the caller cannot work.',
  },
  {
    slug: 'windows-update-stuck',
    title: 'Windows update stuck or failing',
    category: 'computer',
    keywords: [
      'windows update stuck', 'update stuck', 'updates stuck', 'working on updates', "don't turn off your computer",
      'stuck at percent', 'update failed', 'undoing changes', 'update loop', 'configuring updates',
      'updating for hours', 'failed to install update',
    ],
    symptoms: [
      'It has been saying working on updates for hours',
      'The update is stuck at the same percentage',
      'It says undoing changes every time I restart',
      'Windows Update keeps failing',
    ],
    steps: [
      'Tell me the exact message and percentage on screen, and how long it has shown.',
      'If the percentage or spinning dots are still moving, please give it another thirty minutes.',
      'If it is a laptop, plug the charger in and leave it plugged in.',
      'If nothing has changed for over an hour, hold the power button for ten seconds to turn it off.',
      'Turn it back on and let Windows finish or undo the update.',
      'Once you are signed in, open Settings, then Windows Update, and tell me what it shows.',
    ],
    escalateWhen:
      'The same update fails repeatedly with an error code, the computer loops through undoing changes, or it will not start after the update.',
    overview:
      'Safely recovers a computer stuck installing Windows updates.',
    techNotes:
      'Check the failing KB and error code in update history; run the Windows Update troubleshooter, DISM /RestoreHealth and sfc /scannow; reset the SoftwareDistribution folder. Check free disk space first. Pause the update ring for the client if several machines fail the same update.',
  },
  {
    slug: 'disk-full',
    title: 'Low disk space',
    category: 'computer',
    keywords: [
      'disk full', 'low disk space', 'c drive full', 'hard drive full', 'out of storage', 'storage full',
      'no space left', 'running out of space', "can't save files", 'red bar', 'free up space', 'storage',
    ],
    symptoms: [
      'It says I am running out of disk space',
      'My C drive shows a red bar',
      'I cannot save files anymore',
      'Updates fail because there is not enough space',
    ],
    steps: [
      'Open File Explorer, click This PC, and tell me how much free space the C drive has.',
      'Right-click the Recycle Bin on the desktop and choose Empty Recycle Bin.',
      'Open Settings, then System, then Storage, and turn on Storage Sense.',
      'Click Temporary files, tick Temporary files and Delivery Optimization files, and click Remove files.',
      'Open your Downloads folder and delete old installers and large files you no longer need.',
      'If you use OneDrive, right-click big folders and choose Free up space.',
    ],
    escalateWhen:
      'Free space stays under ten percent after clean-up, one unknown folder is very large, or the disk is simply too small for the work.',
    overview:
      'Frees disk space on a Windows computer using built-in tools.',
    techNotes:
      'Use a disk usage tool (for example TreeSize) remotely to find large folders: Outlook OST files, old user profiles, and Windows.old are common culprits. Consider a larger SSD if the model allows it; check the device record for the model.',
  },
  {
    slug: 'app-crashes',
    title: 'A program crashes or will not open',
    category: 'computer',
    keywords: [
      'program crashes', 'app crashes', 'application crash', 'keeps closing', 'closes by itself',
      'not responding', 'stopped working', "won't open", 'error when opening', 'freezes and closes',
      'excel crashing', 'word crashing', 'quickbooks crashing', 'software problem',
    ],
    symptoms: [
      'My program keeps closing on its own',
      'It says the program has stopped working',
      'Excel freezes and crashes when I open a file',
      'The app will not open at all',
    ],
    steps: [
      'Tell me the name of the program, and what you were doing when it closed.',
      'Read me any error message that appears, word for word if you can.',
      'Save your other work, close the program fully, and open it again.',
      'Restart the computer and try the program once more.',
      'If it is an Office program, open Settings, then Apps, find Microsoft 365, click Modify, and choose Quick Repair.',
      'Tell me whether coworkers using the same program have the same problem.',
    ],
    escalateWhen:
      'A business application crashes for several users, the repair fails, a data file seems damaged, or reinstalling needs administrator rights.',
    overview:
      'Narrows an application crash to the user, the file, or the program, and repairs Office installs.',
    techNotes:
      'Check Event Viewer, Application log, for the faulting module. Office: try safe mode (hold Control while opening) to rule out add-ins. Line-of-business apps (practice management, accounting) often have vendor support contracts; check the organisation notes.',
  },
  {
    slug: 'teams-audio',
    title: 'No sound or microphone in Teams calls',
    category: 'computer',
    keywords: [
      'teams audio', 'no sound in teams', "can't hear", "they can't hear me", 'microphone not working',
      'mic not working', 'headset', 'speaker', 'echo', 'muted', 'meeting audio', 'zoom audio',
      'bluetooth headset', 'no audio on calls',
    ],
    symptoms: [
      'People cannot hear me in Teams',
      'I cannot hear anyone in the meeting',
      'My headset works for music but not for Teams',
      'There is an echo on my calls',
    ],
    steps: [
      'Check that you are not muted in Teams, and that your headset\'s own mute switch is off.',
      'In the meeting, click More, then Settings, then Device settings.',
      'Choose your headset for both the speaker and the microphone.',
      'Unplug the headset, plug it into a different USB port, and choose it again.',
      'In Teams, open Settings, then Devices, and click Make a test call.',
      'If it still fails, quit Teams from the taskbar and open it again.',
    ],
    escalateWhen:
      'No audio devices are detected at all, the headset also fails on another computer, or a meeting-room system is affected.',
    overview:
      'Fixes the usual audio device mix-ups in Microsoft Teams (and other meeting apps).',
    techNotes:
      'Check Windows Sound settings and microphone privacy permissions for desktop apps. Bluetooth headsets switching to hands-free profile lower quality; prefer the USB dongle. Update audio drivers or the dock firmware if audio goes through a dock.',
  },

  // ───────────────────────────── account ─────────────────────────────
  {
    slug: 'mfa-reset',
    title: 'Multi-factor authentication reset (new or lost phone)',
    category: 'account',
    keywords: [
      'mfa', 'two factor', '2fa', 'two step', 'authenticator', 'microsoft authenticator', 'new phone',
      'lost phone', 'verification code', 'approval not coming', 'sign in request', 'number matching',
      "can't approve", 'security code', 'text code not arriving',
    ],
    symptoms: [
      'I got a new phone and cannot approve sign-ins',
      'I lost my phone with the authenticator on it',
      'The sign-in approval never shows up',
      'It asks for a code and I do not get one',
    ],
    steps: [
      'First I need to verify you, so please tell me your U-E code and your full name.',
      'Tell me whether you have a new phone, a lost phone, or are just not getting the prompts.',
      'If you still have the phone, open the Authenticator app and look for a waiting request.',
      'Check that the phone has internet, and that its date and time are set automatically.',
      'If the phone is new or lost, I will open a ticket for a technician to reset your sign-in methods.',
      'After the reset, go to aka dot m s slash my security info and set up the Authenticator app again.',
    ],
    escalateWhen:
      'Any reset of sign-in methods: a technician must do it after verifying identity with a callback to the number on file. A stolen phone is high priority.',
    overview:
      'Handles missing MFA prompts and safely routes MFA method resets to a technician.',
    techNotes:
      'Verify identity by calling back the contact\'s number on file, never the number the caller offers. Require re-registration (revoke MFA sessions) in Entra ID, issue a Temporary Access Pass if configured, and revoke sessions if the phone was stolen.',
  },
  {
    slug: 'password-reset',
    title: 'Forgotten or expired password',
    category: 'account',
    keywords: [
      'forgot password', 'forgotten password', 'reset password', 'password reset', 'password expired',
      'change password', 'wrong password', "can't log in", "can't sign in", 'new password',
      "password doesn't work", 'login problem',
    ],
    symptoms: [
      'I forgot my password',
      'It says my password has expired',
      'My password is not accepted',
      'I cannot log in to my computer or email',
    ],
    steps: [
      'To protect your account, please confirm your U-E code and the phone number on your account.',
      'Check that Caps Lock is off, and that you are using your full email address as the username.',
      'If self-service reset is set up, go to password reset dot microsoft online dot com and follow the steps.',
      'Choose a new password of at least twelve characters that you have not used before.',
      'Sign in with the new password on your computer first, then update it on your phone\'s email app.',
      'If self-service does not work, I will open a ticket and a technician will call you back to reset it.',
    ],
    escalateWhen:
      'Identity cannot be verified, self-service reset is not available, or the account is in an on-premises directory; never read a password out over the phone.',
    overview:
      'Guides a verified caller through a self-service password reset, or hands off to a technician.',
    techNotes:
      'Technicians set a temporary password with change-at-next-logon and deliver it by a callback to the number on file or via the manager. Remind the caller that phones and tablets need the new password too, or they will trigger lockouts.',
  },
  {
    slug: 'account-lockout',
    title: 'Account locked out',
    category: 'account',
    keywords: [
      'account locked', 'locked out', 'lockout', 'too many attempts', 'account disabled', 'sign in blocked',
      'your account has been locked', "can't sign in", 'referenced account is locked', 'blocked account',
      'keeps locking',
    ],
    symptoms: [
      'It says my account is locked',
      'I tried my password too many times',
      'My account keeps locking every morning',
      'It says my sign-in was blocked',
    ],
    steps: [
      'Please confirm your U-E code and your full name so I can verify you.',
      'Wait fifteen minutes without trying to sign in, because most lockouts clear by themselves.',
      'Think of any phone, tablet, or old laptop that might still have your old password saved.',
      'On those devices, update the password, or remove the email account for now.',
      'After fifteen minutes, sign in once carefully, with Caps Lock off.',
      'If it locks again straight away, I will open a ticket for a technician to unlock the account.',
    ],
    escalateWhen:
      'The account locks repeatedly, an administrator disabled it, or sign-in logs show attempts from unknown locations (treat as a security incident).',
    overview:
      'Clears a lockout and finds the device that keeps causing it.',
    techNotes:
      'Find the lockout source in the domain controller security log (event 4740) or Entra ID sign-in logs. Repeated failures from foreign IP addresses are a password-spray or compromise: hand to the security specialist and enforce a reset.',
  },

  // ───────────────────────────── security ─────────────────────────────
  {
    slug: 'phishing-report',
    title: 'Suspicious email or clicked a phishing link',
    category: 'security',
    keywords: [
      'phishing', 'suspicious email', 'scam email', 'fake email', 'clicked a link', 'clicked something',
      'spam', 'spoofed', 'fake invoice', 'gift cards', 'boss asking for gift cards', 'weird link',
      'gave my password', 'docusign scam', 'hacked email',
    ],
    symptoms: [
      'I got a strange email asking me to sign in',
      'I think I clicked on something bad',
      'I typed my password into a page from an email',
      'Someone pretending to be my boss asked for gift cards',
    ],
    steps: [
      'Please do not click any more links or open any attachments in that email.',
      'Tell me whether you clicked a link, opened an attachment, or typed your password anywhere.',
      'If you typed your password, change it now from a trusted device if you can.',
      'In Outlook, use the Report button and choose Report phishing.',
      'Do not reply to the sender, and do not forward the email to coworkers.',
      'If money or gift cards were requested, call the real person on a number you already know.',
    ],
    escalateWhen:
      'The caller clicked a link, entered a password, opened an attachment, or sent money: open a high-priority security ticket immediately.',
    overview:
      'Contains a possible phishing incident and routes any exposure to a technician.',
    techNotes:
      'If credentials were entered: reset the password, revoke sessions, review MFA methods, check inbox rules and forwarding, and search the tenant for the same message and purge it. Attachments opened: isolate the machine via EDR and scan.',
  },
  {
    slug: 'ransomware',
    title: 'Suspected ransomware (files encrypted or ransom note)',
    category: 'security',
    keywords: [
      'ransomware', 'ransom', 'ransom note', 'files encrypted', 'encrypted', 'files renamed',
      'strange file extension', "can't open any files", 'pay bitcoin', 'hacked', 'virus',
      'all my files changed', 'screen says pay',
    ],
    symptoms: [
      'All my files have strange names and will not open',
      'A message says my files are encrypted and I have to pay',
      'The shared drive files have a weird extension',
    ],
    steps: [
      'Please unplug the network cable from the computer right now, and turn off its Wi-Fi.',
      'Do not turn the computer off, because what is in its memory can help us.',
      'Do not pay, do not reply to the message, and do not open any more files.',
      'Take a photo of the ransom message with your phone.',
      'Tell me which other computers or shared drives show the same renamed files.',
      'Ask your coworkers to stop using the shared drives until we call you back.',
    ],
    escalateWhen:
      'Always: open a critical ticket immediately, page the on-call engineer, and notify the account manager.',
    overview:
      'Immediate containment for a suspected ransomware infection while the incident response starts.',
    techNotes:
      'Isolate affected hosts via EDR, disable the user\'s account and any service accounts seen, snapshot and protect backups (take them offline), and identify patient zero. Follow the client\'s incident-response plan and insurer requirements; do not wipe machines before evidence is preserved.',
  },

  // ───────────────────────────── phone ─────────────────────────────
  {
    slug: 'desk-phone-no-dial-tone',
    title: 'Desk phone has no dial tone',
    category: 'phone',
    keywords: [
      'no dial tone', 'desk phone', 'desk phone dead', 'phone not working', "can't make calls",
      'no service', 'registration failed', 'phone keeps rebooting', 'handset silent', 'voip phone',
      'yealink', 'poly', 'polycom', 'phone screen blank',
    ],
    symptoms: [
      'My desk phone has no dial tone',
      'The phone screen says no service',
      'The phone screen is completely blank',
      'I cannot make or receive calls',
    ],
    steps: [
      'Tell me what the phone screen shows, such as No Service, Registration Failed, or nothing at all.',
      'Check that the network cable is clicked into the port marked Internet or LAN on the back of the phone.',
      'Unplug that network cable for ten seconds and plug it back in to restart the phone.',
      'Wait about two minutes while the phone starts up.',
      'Lift the handset, press a line key, and listen for a dial tone.',
      'Check whether your coworkers\' phones have a dial tone.',
    ],
    escalateWhen:
      'Several phones are down, the phone still says registration failed after a restart, or the phone is damaged.',
    overview:
      'Restarts a VoIP desk phone and separates a single-handset fault from a phone-system outage.',
    techNotes:
      'Several phones down usually means a PoE switch or power budget problem, a firewall change (SIP ALG), or a provider outage. Registration failed on one handset: check its provisioning and SIP credentials in the phone system portal.',
  },
  {
    slug: 'voicemail-reset',
    title: 'Voicemail PIN reset or greeting',
    category: 'phone',
    keywords: [
      'voicemail', 'voicemail pin', 'voicemail password', 'forgot voicemail pin', 'reset voicemail',
      "can't get into voicemail", 'voicemail greeting', 'record greeting', 'voicemail full', 'message light',
      'voicemail to email',
    ],
    symptoms: [
      'My voicemail will not accept my PIN',
      'I forgot my voicemail password',
      'I need to change my voicemail greeting',
      'My message light is on but I cannot get in',
    ],
    steps: [
      'Please confirm your U-E code and your extension number.',
      'Press the message or voicemail key on your desk phone and listen to the prompt.',
      'If you never changed your PIN, try the default your office was given at setup.',
      'If the PIN is refused, I will open a ticket for a technician to set a temporary PIN.',
      'After the reset, log in with the temporary PIN and follow the prompts to choose a new one.',
      'Record your name and greeting again when the system asks.',
    ],
    escalateWhen:
      'Every PIN reset (it is done in the phone-system admin portal), a full voicemail box that will not delete, or voicemail-to-email not arriving.',
    overview:
      'Gets the caller back into voicemail and records a new greeting.',
    techNotes:
      'Reset the PIN in the hosted PBX portal and deliver the temporary PIN by callback to the extension. Voicemail-to-email failures: check the destination address and that the PBX\'s sending domain is not being quarantined.',
  },

  // ───────────────────────────── device ─────────────────────────────
  {
    slug: 'monitor-no-signal',
    title: 'Monitor says no signal',
    category: 'device',
    keywords: [
      'monitor no signal', 'no signal', 'screen black', 'monitor blank', 'second monitor not working',
      'external monitor', 'display not detected', 'no input', 'hdmi', 'displayport', 'one screen dark',
      'monitor not working', 'extend display',
    ],
    symptoms: [
      'My monitor says no signal',
      'My second screen stopped working',
      'The screen is black but the light is on',
      'Windows does not see my other monitor',
    ],
    steps: [
      'Check that the monitor\'s power light is on, and press its power button if not.',
      'Follow the cable from the monitor to the computer or dock, and push both ends in firmly.',
      'Press the monitor\'s Input or Source button and pick the right input, such as HDMI or DisplayPort.',
      'On the computer, press the Windows key and P together, and choose Extend.',
      'Open Settings, then System, then Display, and click Detect.',
      'If you have a spare cable or another port, try that, then restart the computer.',
    ],
    escalateWhen:
      'The monitor shows nothing with the power light on, there are lines or flicker, or no screen works through the dock.',
    overview:
      'Gets an external monitor showing a picture again.',
    techNotes:
      'If the monitor fails with a known-good cable and source, replace it under warranty (check the device record). Multiple monitors through a USB-C dock need DisplayPort Alt Mode or DisplayLink drivers; see the docking-station article.',
  },
  {
    slug: 'docking-station',
    title: 'Docking station not working',
    category: 'device',
    keywords: [
      'docking station', 'dock', 'dock not working', 'usb-c dock', 'thunderbolt dock', 'port replicator',
      'monitors not working when docked', 'keyboard and mouse not working', 'laptop not charging on dock',
      'dock screens black', 'when i plug in nothing works', 'hub',
    ],
    symptoms: [
      'When I plug my laptop into the dock nothing works',
      'My monitors stay black when I am docked',
      'The keyboard and mouse on my desk stopped working',
      'The laptop does not charge from the dock',
    ],
    steps: [
      'Check that the dock\'s own power adapter is plugged in and that its light is on.',
      'Unplug the USB-C or Thunderbolt cable from the laptop, wait ten seconds, and plug it back in firmly.',
      'Unplug the dock\'s power for thirty seconds and plug it back in to reset it.',
      'Restart the laptop while it is connected to the dock.',
      'If the screens stay dark, press the Windows key and P together, and choose Extend.',
      'Plug one monitor straight into the laptop to see whether the dock is the problem.',
    ],
    escalateWhen:
      'The dock fails with another laptop too, it needs a firmware or driver update, or the laptop will not charge from it.',
    overview:
      'Resets a USB-C or Thunderbolt dock and determines whether the dock, cable, or laptop is at fault.',
    techNotes:
      'Dell and Lenovo docks need their own firmware updates, which often fix display and charging problems after a BIOS update. Check the dock power adapter wattage matches the laptop. Check the device record for the dock model and warranty.',
  },
];

/** Markdown body for an article, assembled from its structured fields. */
export function kbArticleBody(article: KbArticleSeed): string {
  const lines: string[] = [`# ${article.title}`, '', article.overview, '', '## Symptoms', ''];
  for (const symptom of article.symptoms) lines.push(`- ${symptom}`);
  lines.push('', '## Steps (read to the caller)', '');
  article.steps.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
  lines.push('', '## Escalate when', '', article.escalateWhen, '', '## Technician notes', '', article.techNotes, '');
  return lines.join('\n');
}
