// Every data-* attribute of the widget as a form field: the label and help an owner reads.
// Values are checked by the widget's own parseConfig (widget/config.ts), never here.
import { DEFAULTS, type Config } from '../widget/config.ts';

export type Key = keyof Config;

export interface Field {
  key: Key;
  /** The attribute as written on the script tag, without "data-". */
  attr: string;
  label: string;
  help: string;
  kind: 'text' | 'textarea' | 'color' | 'position' | 'checkbox';
  placeholder?: string;
  /** Shown under its own heading. */
  group: 'Your clinic' | 'Messages from visitors' | 'Safety' | 'Look' | 'Advanced';
}

/** The attribute name the widget reads for a Config key: clinicName -> clinic-name. */
export const attrOf = (key: string) => key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

const list: Omit<Field, 'attr'>[] = [
  {
    key: 'clinicName',
    group: 'Your clinic',
    kind: 'text',
    label: 'Clinic name',
    placeholder: 'Maple Street Physiotherapy',
    help: 'Shown at the top of the chat, in the greeting and in the consent text of the contact form.',
  },
  {
    key: 'phone',
    group: 'Your clinic',
    kind: 'text',
    label: 'Phone number',
    placeholder: '(555) 010-0199',
    help: 'Offered to visitors when the chat cannot answer their question.',
  },
  {
    key: 'email',
    group: 'Your clinic',
    kind: 'text',
    label: 'Email address',
    placeholder: 'hello@example.com',
    help: 'Shown with the phone number. Without a message address (below), the contact form opens the visitor\u2019s email app addressed to this.',
  },
  {
    key: 'bookingUrl',
    group: 'Your clinic',
    kind: 'text',
    label: 'Online booking page',
    placeholder: 'https://example.com/book',
    help: 'The full address of your booking page, starting with https://. Shown when a visitor asks to book.',
  },
  {
    key: 'greeting',
    group: 'Your clinic',
    kind: 'textarea',
    label: 'Greeting',
    placeholder: 'Hi! Ask me about dry needling for sciatica.',
    help: 'The first message in the chat. Leave empty for one that names your clinic.',
  },
  {
    key: 'endpoint',
    group: 'Messages from visitors',
    kind: 'text',
    label: 'Where messages go',
    placeholder: 'https://formspree.io/f/your-form-id',
    help: 'The address of your form service (Formspree, Basin, a webhook) or of the bundled receiver, like https://leads.your-clinic.example/api/leads. A path on your own site (/api/leads) works too. Use \u201cSend a test message\u201d below to check it.',
  },
  {
    key: 'emergencyNumber',
    group: 'Safety',
    kind: 'text',
    label: 'Emergency number',
    placeholder: '911',
    help: 'The number visitors are told to call when they describe an emergency: 911, 999, 112, 000\u2026',
  },
  {
    key: 'crisisLine',
    group: 'Safety',
    kind: 'text',
    label: 'Crisis line',
    placeholder: '988',
    help: 'Offered to a visitor who mentions thoughts of suicide or self-harm. 988 is used when the emergency number is 911; elsewhere write your country\u2019s line, like 116 123 (UK and Ireland) or 13 11 14 (Australia).',
  },
  {
    key: 'color',
    group: 'Look',
    kind: 'color',
    label: 'Colour',
    placeholder: DEFAULTS.color,
    help: 'The chat button\u2019s colour, as a hex code like #0f766e. Text on it is made readable automatically.',
  },
  {
    key: 'position',
    group: 'Look',
    kind: 'position',
    label: 'Corner',
    help: 'Which bottom corner of the page the chat button sits in.',
  },
  {
    key: 'open',
    group: 'Look',
    kind: 'checkbox',
    label: 'Start with the chat open',
    help: 'Opens the chat panel as soon as the page loads. Most clinics leave this off.',
  },
  {
    key: 'zIndex',
    group: 'Advanced',
    kind: 'text',
    label: 'Stacking order (z-index)',
    placeholder: String(DEFAULTS.zIndex),
    help: 'Only change this if something on your site covers the chat button. A whole number; higher is on top.',
  },
  {
    key: 'nonce',
    group: 'Advanced',
    kind: 'text',
    label: 'CSP nonce',
    placeholder: '',
    help: 'Only if your website sends a Content-Security-Policy with a nonce: the widget uses it in very old browsers. Most sites leave this empty.',
  },
  {
    key: 'knowledge',
    group: 'Advanced',
    kind: 'text',
    label: 'Your own answers file',
    placeholder: 'https://your-clinic.example/clinic.json',
    help: 'The address of your clinic.json (downloaded from "Your clinic\'s own answers" below): your answers are added to the built-in ones. Leave empty to use the built-in answers only.',
  },
];

export const FIELDS: readonly Field[] = list.map((f) => ({ ...f, attr: attrOf(f.key) }));

export type Values = Record<Key, string>;

/** An empty form: the widget's defaults apply. `open` is "true" or "". */
export const EMPTY: Values = Object.fromEntries(FIELDS.map((f) => [f.key, ''])) as Values;
