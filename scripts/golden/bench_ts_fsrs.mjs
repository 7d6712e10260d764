// The 1,000,000-review workload of bench/fsrs_bench.cpp (BM_FsrsMillionReviews) through
// ts-fsrs, for bench/fsrs_vs_ts_fsrs.sh. Prints one JSON line: reviews, CPU seconds of the best
// run, reviews per second, and the checksum (sum of all intervals) to compare.
import { fsrs, createEmptyCard } from 'ts-fsrs';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const CARDS = 20_000;
const REVIEWS_PER_CARD = 50;
const RUNS = Number(process.argv[2] ?? 3);

function runWorkload(f) {
  let seed = 12345;
  const lcg = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  const rating = (x) => {
    const bucket = (x >>> 16) % 20;
    return bucket < 3 ? 1 : bucket < 6 ? 2 : bucket < 17 ? 3 : 4;
  };
  let checksum = 0;
  for (let c = 0; c < CARDS; c++) {
    let now = START + c * 60_000;
    let card = createEmptyCard(new Date(now));
    for (let i = 0; i < REVIEWS_PER_CARD; i++) {
      card = f.next(card, new Date(now), rating(lcg())).card;
      checksum += card.scheduled_days;
      now = card.due.getTime() + ((lcg() >>> 16) % 4) * (DAY / 2);
    }
  }
  return checksum;
}

const f = fsrs();
let best = Infinity;
let checksum = 0;
for (let run = 0; run < RUNS; run++) {
  // CPU time, like Google Benchmark's default, so a busy machine skews both sides alike.
  const t0 = process.cpuUsage();
  checksum = runWorkload(f);
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  best = Math.min(best, seconds);
}
const reviews = CARDS * REVIEWS_PER_CARD;
console.log(JSON.stringify({ reviews, seconds: best, per_second: reviews / best, checksum }));
