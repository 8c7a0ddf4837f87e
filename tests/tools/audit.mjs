#!/usr/bin/env node
// `npm audit --omit=dev`, failing on high or critical findings in what the extension ships.
// Exit 0: audited, none high/critical. Exit 1: findings. Exit 3: the registry's audit endpoint could
// not be reached (this sandbox's registry mirror answers 405), so nothing was audited: reported as
// "not run", never as passed.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`npm audit gave no report (${result.error?.message ?? `exit ${result.status}`}).`);
  process.exit(3);
}
if (!report.metadata?.vulnerabilities) {
  console.error(`npm audit could not reach the advisory database: ${report.message ?? report.error?.summary ?? 'no answer'}.`);
  process.exit(3);
}
const counts = report.metadata.vulnerabilities;
console.log(
  `npm audit --omit=dev: ${Object.entries(counts)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ')}`,
);
for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
  if (finding.severity === 'high' || finding.severity === 'critical') console.error(`  ${finding.severity}: ${name} (${finding.range})`);
}
process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0);
