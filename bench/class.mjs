// A class at work, as browsers do it, for bench/ClassRun.java: STUDENTS browsers (each its own cookies
// and keep-alive connections, at most 6) open the lesson once for their cookies, then for SECONDS each
// posts the lesson's form every 3–8 s, as htmx posts it; a third of them also check worksheet answers
// every 3–8 s, and with HANDIN=1 in the environment those also hand the worksheet in every 3–8 s (a
// hand-in counts as stored only when its answer carries the receipt). Every request carries a browser's
// Accept-Encoding. Prints the same "== ..." lines as ClassRun's Java client: p50/p99/max, refusals
// (429/503) and failures of each kind of request, and the steps' p99 in each 10 s. As the reference
// measured in the same run, one more browser asks for GET /health as often as a third of the class
// checks (every 3–8 s for each of STUDENTS/3 schedules): the cheapest answer there is, whose p99 is
// the floor that the machine, its scheduler and the client set for every other figure here.
//
// Why not Java: ClassRun's own client (java.net.http, one client per student) took a quarter of one of
// the two cores it shares with the server during a class; this one takes a sixteenth
// (docs/PERFORMANCE.md, seventh sitting). A real class's browsers take none of the server's cores.
//
// With SAMPLES=FILE in the environment it also writes every request as JSON to FILE, by kind: [sent at
// (Date.now()), ms, status], to line slow requests up with a server's GC or safepoint log (-Xlog with
// the time decorator) and find what they waited for (docs/PERFORMANCE.md, eighth sitting).
//
// Usage (Node.js 18 or later, no modules): node bench/class.mjs http://127.0.0.1:PORT [students=300] [seconds=60]
import { writeFileSync } from 'node:fs';
import { browser, pct } from './browser.mjs';

const [base, studentsArg = '300', secondsArg = '60'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/class.mjs http://HOST:PORT [students] [seconds]');
  process.exit(2);
}
const students = Number(studentsArg);
const seconds = Number(secondsArg);
const HAND_IN = process.env.HANDIN === '1';
const LESSON = '/lessons/weight-update';
const FORM = 'layers=2,2,1&g-0=sigmoid&g-1=sigmoid&slope=1&eta=0.5&x-0=1&x-1=0.5&d-0=1'
  + '&b-0-0=0.1&w-0-0-0=0.5&w-0-0-1=-0.3&b-0-1=-0.1&w-0-1-0=0.2&w-0-1-1=0.4&b-1-0=0.2&w-1-0-0=0.6'
  + '&w-1-0-1=-0.5&action=step';
const CHECK = '/exercises/forward-2-2-1';
const ANSWERS = 'lang=ko&0-net-0=0.35&0-net-1=0.1&0-out-0=0.5866&0-out-1=0.525&1-net-0=0.3';
const CSRF = /name="csrf" value="([^"]+)"/;
const RECEIPT = 'class="receipt"';

/** A name the hand-in form accepts (letters only): 0 is "A", 25 "Z", 26 "AA"... */
function letters(n) {
  let name = '';
  for (let k = n; k >= 0; k = Math.floor(k / 26) - 1) {
    name = String.fromCharCode(65 + (k % 26)) + name;
  }
  return name;
}

const end = Date.now() + seconds * 1000;
const results = { step: [], check: [], handIn: [], health: [] };
let inFlight = 0;

/** Sends every 3–8 s until the class ends; each answer's time is kept under its kind. */
function every(kind, send) {
  setTimeout(async () => {
    if (Date.now() >= end) {
      return;
    }
    every(kind, send);
    inFlight++;
    results[kind].push(await send());
    inFlight--;
  }, 3000 + Math.random() * 5000);
}

const browsers = [];
for (let s = 0; s < students; s++) {
  browsers.push(browser(base));
}
// Each browser has the lesson open (and so its cookies) before the class starts, as after the first burst.
await Promise.all(browsers.map((b) => b.request('GET', LESSON)));
for (let s = 0; s < students; s++) {
  const b = browsers[s];
  every('step', () => b.request('POST', LESSON, FORM));
  if (s % 3 === 0) {
    every('check', () => b.request('POST', CHECK, ANSWERS));
    if (HAND_IN) {
      const page = (await b.request('GET', CHECK)).text();
      const token = CSRF.exec(page);
      if (!token) {
        console.error(`no hand-in form on ${CHECK}: are class records on?`);
        process.exit(1);
      }
      const form = `${ANSWERS}&csrf=${encodeURIComponent(token[1])}&name=Student+${letters(s)}&number=2026${s}`;
      every('handIn', async () => {
        const r = await b.request('POST', `${CHECK}/hand-in`, form);
        // A refused hand-in (a bad name, a stale token) is answered 200 with its error, as htmx swaps
        // only a 2xx answer: without the receipt it counts as failed.
        return r.status === 200 && !r.text().includes(RECEIPT) ? { ...r, status: 422 } : r;
      });
    }
  }
}
const reference = browser(base);
for (let s = 0; s < students; s += 3) {
  every('health', () => reference.request('GET', '/health'));
}
while (Date.now() < end || inFlight > 0) {
  await new Promise((done) => setTimeout(done, 100));
}

function report(what, samples) {
  if (samples.length === 0) {
    console.log(`== ${what}: no requests`);
    return;
  }
  const ms = samples.map((x) => x.ms).sort((a, b) => a - b);
  const refused = samples.filter((x) => x.status === 429 || x.status === 503).length;
  const failed = samples.filter((x) => x.status !== 429 && x.status !== 503 && (x.status < 200 || x.status >= 400))
    .length;
  console.log(`== ${what.padEnd(38)} n=${String(ms.length).padStart(5)}  p50 ${pct(ms, 50).toFixed(1).padStart(7)} ms`
    + `  p99 ${pct(ms, 99).toFixed(1).padStart(7)} ms  max ${ms[ms.length - 1].toFixed(1).padStart(7)} ms`
    + `  refused ${refused}  failed ${failed}`);
}
report('lesson form post (step)', results.step);
const first = Math.min(...results.step.map((x) => x.sentAt));
const windows = [];
for (const x of results.step) {
  (windows[Math.floor((x.sentAt - first) / 10000)] ??= []).push(x.ms);
}
console.log(`   p99 by 10 s: ${windows.map((w) => pct(w.sort((a, b) => a - b), 99).toFixed(0)).join(' ')} ms`);
report('worksheet check', results.check);
if (HAND_IN) {
  report('hand-in (stored)', results.handIn);
}
report('GET /health (reference, same run)', results.health);
if (process.env.SAMPLES) {
  writeFileSync(process.env.SAMPLES, JSON.stringify(Object.fromEntries(Object.entries(results)
    .map(([kind, samples]) => [kind, samples.map((x) => [x.sentAt, x.ms, x.status])]))));
}
process.exit(0);
