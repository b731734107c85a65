// Who is asking, and by which name: the client's address (X-Forwarded-For only from a trusted
// proxy), the key rate limits count it under, and the Host names the receiver answers to.
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** "::ffff:127.0.0.1" is 127.0.0.1 reached over an IPv6 socket. */
export function normalizeIp(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (v4 ? v4[1] : address).toLowerCase();
}

/**
 * The client's address. X-Forwarded-For is believed only when the connection comes from a
 * trusted proxy, and then read from the right, skipping trusted proxies: the left end is
 * whatever the client wrote.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  let address = normalizeIp(getConnInfo(c).remote.address ?? 'unknown');
  if (!trustedProxies.includes(address)) return address;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => normalizeIp(s.trim())).filter((s) => isIP(s));
  while (hops.length && trustedProxies.includes(address)) address = hops.pop() ?? address;
  return address;
}

/**
 * The rate-limit key: an IPv4 address as is, an IPv6 address by its /64, since one home or
 * server is handed a whole /64 and could otherwise take a new address per request.
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return groups.slice(0, 4).join(':') + '::/64';
}

function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...middle, ...right].map((g) => g.replace(/^0+(?=.)/, '').toLowerCase());
}

/** The Host header's name, without port or IPv6 brackets, lower-cased; '' when missing. */
export function hostName(header: string | undefined): string {
  const host = (header ?? '').trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d*$/, '');
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1)$/;
export const isLoopbackHost = (name: string): boolean => LOOPBACK.test(name);
