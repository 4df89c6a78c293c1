// Fails the build when the widget outgrows its budget: citizens on old phones and slow mobile
// networks download it on every office page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30 * 1024;
const file = new URL('../dist/lotse-widget.js', import.meta.url);
const raw = readFileSync(file);
const gzipped = gzipSync(raw, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

console.log(`lotse-widget.js: ${kb(raw.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)} gzipped)`);
if (gzipped > BUDGET_BYTES) {
  console.error(`lotse-widget.js is ${kb(gzipped - BUDGET_BYTES)} over its size budget`);
  process.exit(1);
}
