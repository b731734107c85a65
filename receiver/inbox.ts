// The clinic's inbox, always locked: a login form and a session cookie for people, the password
// as a Bearer token for scripts (a nightly CSV copy). Failed sign-ins are slowed and limited per
// client and for everyone together; every state change needs the session's CSRF token.
import { Hono, type Context, type MiddlewareHandler, type Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';
import type { Deps } from './deps.ts';
import { streamCsv, streamJson } from './exports.ts';
import { clientAddress, limitKey } from './network.ts';
import { BoundedStore } from './limit-store.ts';
import { inboxPage, loginPage } from './pages.ts';
import { sameSecret } from './sessions.ts';

const PER_PAGE = 50;
// Listed, so that mounted at '/' beside a site (npm run demo) the inbox's headers touch nothing else.
const PATHS = ['/login', '/logout', '/leads', '/leads.*', '/leads/*'];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Env = { Variables: { csrf: string } };

export function inboxRoutes(deps: Deps): Hono<Env> {
  const { settings, store, sessions, limits } = deps;
  const app = new Hono<Env>();

  const every = (...handlers: MiddlewareHandler<Env>[]) => PATHS.forEach((path) => app.use(path, ...handlers));
  every(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // A second line of defence behind escaping: the pages run no script and load nothing.
  const contentSecurityPolicy = { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], formAction: ["'self'"], baseUri: ["'none'"], frameAncestors: ["'none'"] };
  every(secureHeaders({ contentSecurityPolicy }));
  // Forms only from the inbox's own pages: the Origin's host must be the Host asked for.
  every(csrf({ origin: (origin, c) => URL.canParse(origin) && new URL(origin).host === (c.req.header('host') ?? '').toLowerCase() }));
  every(bodyLimit({ maxSize: 4096, onError: (c) => c.text('Too large.', 413) }));

  // Counted per client and globally, and only when the password was wrong (a 4xx).
  const keyOf = (c: Context) => limitKey(clientAddress(c, settings.trustedProxies));
  const tooMany = (c: Context) => c.text('Too many wrong passwords: wait and try again.', 429);
  const perClient = rateLimiter({ ...limits.loginPerClient, store: new BoundedStore(), keyGenerator: keyOf, skipSuccessfulRequests: true, standardHeaders: 'draft-6', handler: tooMany });
  const everyone = rateLimiter({ ...limits.loginGlobal, keyGenerator: () => 'all', skipSuccessfulRequests: true, standardHeaders: 'draft-6', handler: tooMany });
  // Chained by hand, so the inner limiter's answer (a 429) must be put on the context.
  const limited = (c: Context, next: Next) =>
    perClient(c, async () => {
      const answer = await everyone(c, next);
      if (answer) c.res = answer;
    });
  /** A wrong password is answered only after a delay, so guesses cannot come fast. */
  const slowly = () => sleep(limits.failDelayMs);

  app.get('/login', (c) => (sessions.get(c) ? c.redirect('/leads', 303) : c.html(loginPage())));
  app.post('/login', limited, async (c) => {
    const form = await c.req.parseBody();
    const password = typeof form.password === 'string' ? form.password : '';
    if (!sameSecret(password, settings.password)) return slowly().then(() => c.html(loginPage('That password is not right.'), 401));
    sessions.open(c);
    return c.redirect('/leads', 303);
  });

  /** A session, or the password as a Bearer token; anything else is sent to sign in. */
  const signedIn: MiddlewareHandler<Env> = async (c, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
    if (bearer) {
      return limited(c, async () => {
        if (sameSecret(bearer[1].trim(), settings.password)) return next();
        await slowly();
        c.res = c.json({ ok: false, error: 'wrong password' }, 401);
      });
    }
    const session = sessions.get(c);
    if (!session) return c.req.method === 'GET' && c.req.path === '/leads' ? c.redirect('/login', 303) : c.json({ ok: false, error: 'sign in at /login first' }, 401);
    if (c.req.method === 'POST') {
      const token = (await c.req.parseBody())._csrf;
      if (typeof token !== 'string' || !sameSecret(token, session.csrf)) return c.json({ ok: false, error: 'the form is out of date: reload the inbox and try again' }, 403);
    }
    c.set('csrf', session.csrf);
    await next();
  };
  app.use('/leads', signedIn);
  app.use('/leads.*', signedIn);
  app.use('/leads/*', signedIn);
  app.post('/logout', signedIn, (c) => (sessions.close(c), c.redirect('/login', 303)));

  app.get('/leads', (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const asked = Number.parseInt(c.req.query('page') ?? '1', 10);
    const first = store.page(q, 1, 0);
    const pages = Math.max(1, Math.ceil(first.total / PER_PAGE));
    const page = Number.isFinite(asked) ? Math.min(Math.max(1, asked), pages) : 1;
    const { leads } = store.page(q, page, PER_PAGE);
    // Empty for a Bearer request: a script has no forms to post.
    const csrfToken = c.get('csrf') ?? '';
    return c.html(inboxPage({ leads, total: first.total, page, pages, q, csrf: csrfToken, retentionDays: settings.retentionDays, timeZone: settings.timeZone }));
  });
  app.get('/leads.csv', (c) => streamCsv(c, store));
  app.get('/leads.json', (c) => streamJson(c, store));
  app.get('/leads/:file{[^/]+\\.json}', (c) => {
    const id = c.req.param('file').slice(0, -'.json'.length);
    const lead = store.get(id);
    if (!lead) return c.json({ ok: false, error: 'no such lead' }, 404);
    c.header('Content-Disposition', `attachment; filename="lead-${id.replace(/[^\w-]/g, '')}.json"`);
    return c.json(lead);
  });
  app.post('/leads/:id/handled', async (c) => {
    const handled = (await c.req.parseBody()).handled !== '0';
    return store.setHandled(c.req.param('id'), handled) ? c.redirect('/leads', 303) : c.json({ ok: false, error: 'no such lead' }, 404);
  });
  app.post('/leads/:id/delete', (c) => (store.delete(c.req.param('id')) ? c.redirect('/leads', 303) : c.json({ ok: false, error: 'no such lead' }, 404)));
  return app;
}
