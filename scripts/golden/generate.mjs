// Writes tests/data/fsrs/golden.json: random review sequences scheduled by the reference
// implementation (ts-fsrs, pinned in package.json) under several configurations. Summit's
// scheduler tests replay every sequence and compare each after-state.
//
// Usage: cd scripts/golden && npm ci && node generate.mjs [output path]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { fsrs, createEmptyCard, FSRSVersion } from 'ts-fsrs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outPath = process.argv[2] ?? path.join(here, '../../tests/data/fsrs/golden.json');

const DAY = 86_400_000;
const MINUTE = 60_000;

// Small seeded PRNG (mulberry32) so the file is reproducible.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utcDay = (ms) => Math.floor(ms / DAY);

// A vector shaped like an optimizer result (every value inside its range).
const customW = [
  0.3523, 1.0148, 3.1285, 12.432, 6.9183, 0.6021, 2.6127, 0.0121, 1.6402, 0.1925, 0.8826,
  1.7052, 0.0934, 0.3405, 1.8122, 0.3893, 2.2155, 0.4311, 0.2264, 0.1173, 0.2871,
];
// Out-of-range values: clamping, and the w17/w18 ceiling with two relearning steps.
const clampedW = [
  0.0001, 150, 2.3065, 8.2956, 12, 0.8334, 3.0194, 0.9, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 1.5, 0.5, 1.9, 1.7, 0.0, 0.05,
];
const fsrs5W = [
  0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
  1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];
const fsrs45W = [
  0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461,
  2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755,
];

const configs = [
  { name: 'defaults', params: {} },
  { name: 'retention_0_80', params: { request_retention: 0.8 } },
  { name: 'retention_0_95', params: { request_retention: 0.95 } },
  { name: 'no_steps', params: { learning_steps: [], relearning_steps: [] } },
  {
    name: 'multi_steps',
    params: { learning_steps: ['1m', '5m', '30m', '2h'], relearning_steps: ['5m', '30m'] },
  },
  { name: 'day_steps', params: { learning_steps: ['10m', '1d'], relearning_steps: ['1d'] } },
  { name: 'short_term_off', params: { enable_short_term: false } },
  { name: 'custom_w', params: { w: customW } },
  { name: 'clamped_w', params: { w: clampedW, relearning_steps: ['10m', '1h'] } },
  { name: 'fsrs5_w_migrated', params: { w: fsrs5W } },
  { name: 'fsrs45_w_migrated', params: { w: fsrs45W, request_retention: 0.85 } },
  { name: 'max_interval_30', params: { maximum_interval: 30 } },
  { name: 'fuzz_defaults', params: { enable_fuzz: true } },
  {
    name: 'fuzz_long_term',
    params: { enable_fuzz: true, enable_short_term: false, request_retention: 0.8 },
  },
];

const SEQUENCES_PER_CONFIG = 50;

// The next review time after `card`, mixing on-time, late, early, same-day and
// around-midnight reviews.
function nextTime(rand, card) {
  const last = card.last_review.getTime();
  const due = card.due.getTime();
  const u = rand();
  let t;
  if (u < 0.3) {
    t = due;
  } else if (u < 0.45) {
    t = due + Math.floor(rand() * (card.scheduled_days * 2 + 1) * DAY);
  } else if (u < 0.55) {
    t = last + Math.floor(rand() * Math.max(due - last, MINUTE));
  } else if (u < 0.7) {
    const endOfDay = (utcDay(last) + 1) * DAY - 1;
    t = last + Math.floor(rand() * (endOfDay - last));
  } else if (u < 0.8) {
    const midnight = (utcDay(last) + 1 + Math.floor(rand() * 3)) * DAY;
    t = midnight + Math.floor((rand() - 0.5) * 20 * MINUTE);
  } else {
    t = last + Math.floor(rand() * rand() * 90 * DAY);
  }
  return Math.max(t, last);
}

function rating(rand, lapseProne) {
  const u = rand();
  const again = lapseProne ? 0.4 : 0.15;
  if (u < again) return 1;
  if (u < again + 0.15) return 2;
  if (u < 0.85) return 3;
  return 4;
}

function roundTrip(x) {
  return x === undefined || x === null ? null : x;
}

function generateConfig(config, index) {
  const f = fsrs(config.params);
  const rand = prng(0x5eed + index * 7919);
  const sequences = [];
  for (let s = 0; s < SEQUENCES_PER_CONFIG; s++) {
    const start = Date.UTC(2024, 0, 1) + Math.floor(rand() * 730 * DAY);
    const length = 5 + Math.floor(rand() * 40);
    const lapseProne = rand() < 0.25;
    let card = createEmptyCard(new Date(start));
    const reviews = [];
    const expected = [];
    let t = start;
    for (let i = 0; i < length; i++) {
      if (i > 0) t = nextTime(rand, card);
      const g = rating(rand, lapseProne);
      let r = null;
      if (card.state !== 0) {
        const elapsed = utcDay(t) - utcDay(card.last_review.getTime());
        r = f.forgetting_curve(elapsed, card.stability);
      }
      card = f.next(card, new Date(t), g).card;
      reviews.push([t, g]);
      expected.push([
        card.state,
        card.stability,
        card.difficulty,
        card.scheduled_days,
        card.due.getTime(),
        card.learning_steps,
        card.reps,
        card.lapses,
        roundTrip(r),
      ]);
    }
    sequences.push({ reviews, expected });
  }
  return { name: config.name, params: config.params, sequences };
}

const golden = {
  reference: `ts-fsrs ${FSRSVersion}`,
  generator: 'scripts/golden/generate.mjs',
  day_rule: 'UTC calendar days',
  review_fields: ['t', 'rating'],
  expected_fields: ['state', 's', 'd', 'ivl', 'due', 'step', 'reps', 'lapses', 'r'],
  configs: configs.map(generateConfig),
};

// One sequence per line keeps the file diffable without bloating it.
const lines = ['{'];
for (const key of ['reference', 'generator', 'day_rule', 'review_fields', 'expected_fields']) {
  lines.push(`"${key}": ${JSON.stringify(golden[key])},`);
}
lines.push('"configs": [');
golden.configs.forEach((c, ci) => {
  lines.push(`{"name": ${JSON.stringify(c.name)}, "params": ${JSON.stringify(c.params)}, "sequences": [`);
  c.sequences.forEach((seq, si) => {
    const comma = si + 1 < c.sequences.length ? ',' : '';
    lines.push(JSON.stringify(seq) + comma);
  });
  lines.push(`]}${ci + 1 < golden.configs.length ? ',' : ''}`);
});
lines.push(']}');
writeFileSync(outPath, lines.join('\n') + '\n');
const reviews = golden.configs.reduce(
  (n, c) => n + c.sequences.reduce((m, s) => m + s.reviews.length, 0), 0);
console.log(`wrote ${outPath}: ${golden.configs.length} configurations, ${reviews} reviews`);
