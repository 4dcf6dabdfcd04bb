// The results as a terminal table and as the Markdown the README's Performance section shows.
import type { WorkloadResult } from './results.js';

function fmt(x: number | null, unit: WorkloadResult['unit']): string {
  if (x === null || !Number.isFinite(x)) return '—';
  if (unit === 'statements') return String(Math.round(x));
  if (unit === 'per_s' || unit === 'MiB') return Math.round(x).toLocaleString('en');
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}
const unitLabel = (u: WorkloadResult['unit']) => (u === 'per_s' ? '/s' : u);
function target(r: WorkloadResult): string {
  if (!r.target) return '';
  return `${r.target.on === 'ratio' ? 'ratio' : 'ours'} ${r.target.op === '<=' ? '≤' : '≥'} ${r.target.value.toLocaleString('en')}`;
}
function verdict(r: WorkloadResult): string {
  if (r.missing) return 'missing';
  if (r.met === true) return 'met';
  if (r.met === false) return 'MISSED';
  return '';
}

export function renderTable(results: WorkloadResult[]): string {
  const rows = [['workload', 'unit', 'ours', 'theirs', 'ratio', 'target', '', 'against']];
  for (const r of results) {
    rows.push([r.name, unitLabel(r.unit), fmt(r.ours, r.unit), fmt(r.theirs, r.unit), r.ratio === null ? '—' : r.ratio.toFixed(3), target(r), verdict(r), r.missing ? `${r.against} — ${r.missing}` : r.against]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => (c === 7 ? 0 : row[c].length))));
  return rows.map((row) => row.map((cell, c) => (c === 7 ? cell : c >= 2 && c <= 4 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ')).join('\n');
}

export function renderMarkdown(report: { machine: Record<string, unknown>; startedAt: string; totalSeconds: number; workloads: WorkloadResult[] }): string {
  const m = report.machine as { cpu: string; cores: number; memoryGiB: number; os: string; node: string; postgres: string; loadAverage: { start: number[]; end: number[] } };
  const lines = [
    `Run of ${report.startedAt} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.postgres}; load average ${m.loadAverage.start[0]} at the start, ${m.loadAverage.end[0]} at the end; ${(report.totalSeconds / 60).toFixed(1)} min in all.`,
    '',
    '| workload | unit | ours | theirs | ratio | target | | against |',
    '| --- | --- | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const r of report.workloads) {
    lines.push(`| ${r.name} | ${unitLabel(r.unit)} | ${fmt(r.ours, r.unit)} | ${fmt(r.theirs, r.unit)} | ${r.ratio === null ? '—' : r.ratio.toFixed(3)} | ${target(r)} | ${verdict(r)} | ${r.missing ? `${r.against} — ${r.missing}` : r.against} |`);
  }
  const judged = report.workloads.filter((r) => r.target || r.met !== undefined && r.met !== null);
  if (judged.length) {
    lines.push('', 'Acceptance targets of this run:', '');
    for (const r of judged) {
      const figure = r.target?.on === 'ratio' ? `ratio ${r.ratio === null ? '—' : r.ratio.toFixed(3)}` : `${fmt(r.ours, r.unit)} ${unitLabel(r.unit)}`;
      const state = r.missing ? `**missing** (${r.missing})` : r.met === true ? 'met' : r.met === false ? '**missed**' : 'not measured';
      lines.push(`- \`${r.name}\`${r.target ? ` (${target(r)})` : ' (same count for 36 and 357 / 2 and 20 equipment)'}: ${state} — ${figure}`);
    }
  }
  return lines.join('\n') + '\n';
}
