// An email to the clinic for each new lead, over the owner's SMTP server (SMTP_URL). Sent after
// the lead is stored and answered, so a slow or broken mail server never costs a lead; a failure
// is logged (without the lead: it is health data) and the lead is still in the inbox.
import nodemailer from 'nodemailer';
import type { Lead } from './lead-schema.ts';

export interface Notifier {
  send(lead: Lead): Promise<void>;
  close(): void;
}

export function createNotifier(smtp: { url: string; to: string; from: string } | undefined, inboxUrl: string, log: (line: string) => void): Notifier {
  if (!smtp) return { send: async () => {}, close() {} };
  const transport = nodemailer.createTransport(smtp.url);
  return {
    async send(lead) {
      try {
        await transport.sendMail({
          from: smtp.from,
          to: smtp.to,
          replyTo: lead.email || undefined,
          subject: `New message from ${lead.name.replace(/[\r\n]+/g, ' ').slice(0, 80)}`,
          text: [
            `${lead.name} wrote through the website:`,
            '',
            lead.message,
            '',
            lead.email ? `Email: ${lead.email}` : null,
            lead.phone ? `Phone: ${lead.phone}` : null,
            '',
            `Read it and the chat that came before it in the inbox: ${inboxUrl}`,
          ]
            .filter((line) => line !== null)
            .join('\n'),
        });
      } catch (error) {
        log(`receiver: the new-lead email could not be sent (the lead is stored): ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    close: () => transport.close(),
  };
}
