import net from 'node:net';

/** One message as the SMTP double received it. */
export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  /** The whole message: headers, a blank line, the body. */
  data: string;
}

export interface FakeSmtp {
  url: string;
  received: ReceivedEmail[];
  close(): Promise<void>;
}

const address = (argument: string) => /<([^>]*)>/.exec(argument)?.[1] ?? argument.trim();

/**
 * A plain SMTP server on loopback (RFC 5321 without extensions or TLS) that keeps what it is sent:
 * the outer boundary of email notifications, as the Twilio and OpenAI doubles are of theirs.
 */
export async function startFakeSmtp(): Promise<FakeSmtp> {
  const received: ReceivedEmail[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let envelope: { from: string; to: string[] } = { from: '', to: [] };
    let data: string[] | null = null;
    let pending = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake-smtp ready');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      let end: number;
      while ((end = pending.indexOf('\r\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        if (data) {
          if (line !== '.') {
            data.push(line.startsWith('..') ? line.slice(1) : line);
            continue;
          }
          const message = data.join('\r\n');
          const headers = message.split('\r\n\r\n')[0]?.replace(/\r\n[ \t]+/g, ' ') ?? ''; // unfold long headers
          const subject = /^Subject: (.*)$/im.exec(headers)?.[1]?.trim() ?? '';
          received.push({ ...envelope, subject, data: message });
          envelope = { from: '', to: [] };
          data = null;
          reply('250 queued');
          continue;
        }
        const [verb = '', ...rest] = line.split(' ');
        const argument = rest.join(' ');
        switch (verb.toUpperCase()) {
          case 'EHLO':
          case 'HELO':
            reply('250 fake-smtp');
            break;
          case 'MAIL':
            envelope = { from: address(argument), to: [] };
            reply('250 ok');
            break;
          case 'RCPT':
            envelope.to.push(address(argument));
            reply('250 ok');
            break;
          case 'DATA':
            data = [];
            reply('354 end with <CRLF>.<CRLF>');
            break;
          case 'RSET':
            envelope = { from: '', to: [] };
            reply('250 ok');
            break;
          case 'NOOP':
            reply('250 ok');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            break;
          default:
            reply('502 command not implemented');
        }
      }
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The product's email settings pointed at the double. */
export function emailSettingsFor(smtp: FakeSmtp) {
  return { smtpUrl: smtp.url, from: 'URackIT <noreply@urackit.test>' };
}
