import nodemailer from 'nodemailer';

export interface EmailSettings {
  /** e.g. smtp://user:pass@mail.example.com:587 or smtps://…:465; unset: no email is sent. */
  smtpUrl: string | undefined;
  from: string;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Email through any SMTP server (nodemailer); a no-op when none is configured. */
export function createEmailActivities(settings: EmailSettings) {
  const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : undefined;
  return {
    /** Returns the message id, or null when no SMTP server is configured (the panel event still goes out). */
    async sendEmail(message: EmailMessage): Promise<string | null> {
      if (!transport) return null;
      const sent = await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
      return sent.messageId;
    },
  };
}
