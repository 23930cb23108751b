// What the Node.js clients of bench/ share (no modules to install): a browser, with its own keep-alive
// connections (6 at most to the server, as Chromium and Firefox open), its cookie jar and a browser's
// Accept-Encoding; and the percentile the clients print.
import http from 'node:http';
import zlib from 'node:zlib';

/**
 * One browser of the server at {@code base}. request(method, path, body) resolves (never rejects) to the
 * answer's time in ms, status (-1 when the request failed), the moment it was sent (Date.now()) and its
 * text(), gunzipped when the server compressed it. A body is sent as a form, as htmx posts it.
 * agent.destroy() closes its connections.
 */
export function browser(base) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
  const cookies = new Map();
  return {
    agent,
    request(method, path, body) {
      return new Promise((resolve) => {
        const headers = { 'accept-encoding': 'gzip, deflate, br' };
        if (cookies.size > 0) {
          headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        }
        if (body !== undefined) {
          Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'hx-request': 'true',
            'content-length': Buffer.byteLength(body) });
        }
        const t0 = process.hrtime.bigint();
        const sentAt = Date.now();
        const req = http.request(base + path, { method, agent, headers, timeout: 30000 }, (res) => {
          for (const c of res.headers['set-cookie'] ?? []) {
            const [pair] = c.split(';');
            const eq = pair.indexOf('=');
            cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
          }
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode, sentAt,
              text: () => (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString() });
          });
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: -1, sentAt,
          text: () => '' }));
        req.end(body);
      });
    },
  };
}

/** The p-th percentile of sorted values (the nearest rank). */
export const pct = (sorted, p) => sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];

