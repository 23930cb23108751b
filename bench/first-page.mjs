// A class opening its first page, as browsers do it: STUDENTS browsers (each its own keep-alive
// connections, at most 6 to the server, as Chromium and Firefox open) each ask for the lesson at a random
// moment within 2 s, with a browser's Accept-Encoding, then for every file the page loads (its scripts,
// stylesheets and icon), all at once. Prints, per round, the page's time and the whole load's time
// (page, then its files) as p50/p99/max, and how many answers were not 200.
//
// Usage (Node.js 18 or later, from Debian's nodejs package or any other; no modules to install):
//   node bench/first-page.mjs http://127.0.0.1:PORT [students=300] [rounds=1] [path=/lessons/weight-update]
// bench/ClassRun.java runs it for its two bursts when `node` is on the PATH: a client written in Java
// (java.net.http, 300 clients and 2,400 connections) took more of the two cores than the server did,
// and was as slow against nginx serving the same files (docs/PERFORMANCE.md, sixth sitting).
import { browser, pct } from './browser.mjs';

const [base, students = '300', rounds = '1', path = '/lessons/weight-update'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/first-page.mjs http://HOST:PORT [students] [rounds] [path]');
  process.exit(2);
}
const FILE = /(?:href|src)="(\/(?:[^"\/]+\/)?(?:webjars|static)\/[^"]+)"/g; // under a base path too

async function student() {
  const b = browser(base);
  const t0 = process.hrtime.bigint();
  const page = await b.request('GET', path);
  const files = [...page.text().matchAll(FILE)].map((m) => m[1]);
  const got = await Promise.all(files.map((f) => b.request('GET', f)));
  b.agent.destroy();
  return { page: page.ms, load: Number(process.hrtime.bigint() - t0) / 1e6, files: files.length,
    failed: [page, ...got].filter((r) => r.status !== 200).length };
}

for (let r = 0; r < Number(rounds); r++) {
  const all = [];
  for (let s = 0; s < Number(students); s++) {
    all.push(new Promise((done) => setTimeout(() => student().then(done), Math.random() * 2000)));
  }
  const results = await Promise.all(all);
  const failed = results.reduce((n, x) => n + x.failed, 0);
  const files = results[0].files;
  for (const [what, key] of [['page', 'page'], [`page + ${files} files`, 'load']]) {
    const ms = results.map((x) => x[key]).sort((a, b) => a - b);
    console.log(`round ${r} ${what.padEnd(16)} n=${String(ms.length).padStart(4)}  p50 ${pct(ms, 50).toFixed(1)} ms`
      + `  p99 ${pct(ms, 99).toFixed(1)} ms  max ${ms[ms.length - 1].toFixed(1)} ms  not 200: ${failed}`);
  }
}
