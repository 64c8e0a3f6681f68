// The peers' rate on the same articles, for factcheck_bench --peers: compromise and
// Microsoft's Recognizers-Text, each asked for the figures of every article, timed in CPU
// seconds of this process (process.cpuUsage), so a loaded machine does not count against them.
//
// usage: node peers.js PREFIX SECONDS FILE...
//   PREFIX   a folder where the packages are installed with npm on first use (the build folder)
//   SECONDS  run each peer for at least this much CPU time, article after article
// Prints one line per peer: "peer NAME MB_PER_CPU_SECOND BYTES CPU_SECONDS FIGURES_PER_ARTICLE". A peer
// that cannot be installed or loaded prints "skip NAME: why" and the others still run.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [prefix, secondsArg, ...files] = process.argv.slice(2);
if (!prefix || !secondsArg || files.length === 0) {
  console.error('usage: node peers.js PREFIX SECONDS FILE...');
  process.exit(2);
}
const minSeconds = Number(secondsArg);
const packages = ['compromise', '@microsoft/recognizers-text-suite'];

// Installs the packages into PREFIX once; later runs find them there.
function load(name) {
  const where = path.join(prefix, 'node_modules', name);
  if (!fs.existsSync(where)) {
    fs.mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error',
                         '--prefix', prefix, ...packages], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return require(where);
}

const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

// Runs `figures` over the articles, one after another and again from the start, until at least
// minSeconds of CPU time have passed (checked after each article: the slowest peer takes minutes
// for one pass over a corpus). Prints the figures found per article on average.
function time(name, figures) {
  figures(texts[0]);  // warm-up, untimed: the first call builds regexes and caches
  const start = process.cpuUsage();
  let bytes = 0, found = 0, cpu = 0, docs = 0;
  for (let i = 0; cpu < minSeconds; i = (i + 1) % texts.length) {
    found += figures(texts[i]);
    bytes += Buffer.byteLength(texts[i], 'utf8');
    ++docs;
    const used = process.cpuUsage(start);
    cpu = (used.user + used.system) / 1e6;
  }
  console.log(`peer ${name} ${(bytes / 1e6 / cpu).toFixed(4)} ${bytes} ${cpu.toFixed(3)} ` +
              `${(found / docs).toFixed(1)}`);
}

const peers = {
  // compromise: the numbers, money and percentages of its part-of-speech reading.
  compromise: () => {
    const m = load('compromise');
    const nlp = m.default || m;
    time('compromise', (t) => nlp(t).numbers().json().length);
  },
  // Recognizers-Text: numbers, percentages and currency amounts, English.
  'recognizers-text': () => {
    const R = load('@microsoft/recognizers-text-suite');
    // The models are built once, as a long-running user would keep them; the suite installs
    // the recognizers it bundles beside itself.
    const N = load('@microsoft/recognizers-text-number');
    const U = load('@microsoft/recognizers-text-number-with-unit');
    const numbers = new N.NumberRecognizer(R.Culture.English);
    const units = new U.NumberWithUnitRecognizer(R.Culture.English);
    const models = [numbers.getNumberModel(), numbers.getPercentageModel(),
                    units.getCurrencyModel()];
    time('recognizers-text', (t) => models.reduce((n, m) => n + m.parse(t).length, 0));
  },
};

for (const [name, run] of Object.entries(peers)) {
  try {
    run();
  } catch (e) {
    console.log(`skip ${name}: ${String(e.message || e).split('\n')[0]}`);
  }
}
