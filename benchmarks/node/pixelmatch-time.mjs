// Times pixelmatch on pairs of PNGs, comparator only: images are decoded once, then compared RUNS times.
// Usage: node pixelmatch-time.mjs RUNS expected.png actual.png [expected.png actual.png ...]
// Prints one line per pair: "<median ms> <differing pixels>".
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

const [runsArg, ...files] = process.argv.slice(2);
const runs = Number(runsArg);
for (let i = 0; i < files.length; i += 2) {
  const a = PNG.sync.read(readFileSync(files[i]));
  const b = PNG.sync.read(readFileSync(files[i + 1]));
  const times = [];
  let differing = 0;
  for (let run = 0; run < runs + 1; run++) {
    const start = process.hrtime.bigint();
    differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run > 0) times.push(ms);
  }
  times.sort((x, y) => x - y);
  console.log(`${times[Math.floor(times.length / 2)].toFixed(3)} ${differing}`);
}
