// `npx tsx bench/update-readme.ts [results.md]`: puts the latest results table (bench/results/
// latest.md, written by `npm run bench`) into README.md's Performance section, between the
// bench:results markers.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = readFileSync(process.argv[2] ?? path.join(root, 'bench/results/latest.md'), 'utf8').trim();
const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- bench:results -->';
const end = '<!-- /bench:results -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md has no bench:results markers');
writeFileSync(readmePath, `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`);
console.log('README.md: Performance table updated');
