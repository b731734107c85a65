// Phone links: digits and a leading + only, as tel: and sms: expect.
const digits = (number: string) => number.replace(/[^\d+]/g, '');

export const telHref = (number: string) => `tel:${digits(number)}`;
export const smsHref = (number: string) => `sms:${digits(number)}`;
