// CI check: electronegativity over electron/, failing on any finding. The tool exits 0 whatever it finds, so its
// SARIF output is read instead. Suppressions live in the code as `// eng-disable RULE_ID` next to their reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface SarifResult {
  ruleId?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
interface Sarif {
  runs?: { results?: SarifResult[]; invocations?: { executionSuccessful?: boolean }[] }[];
}

const root = join(import.meta.dirname, '..');
// An optional folder argument scans that instead (to see the check fail on a known-bad file).
const input = process.argv[2] ?? join(root, 'electron');
const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
if (!existsSync(bin)) {
  console.log('electronegativity is not installed (npm ci installs it as a devDependency): check skipped');
  process.exit(0);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
const electronVersion = (pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
const dir = mkdtempSync(join(tmpdir(), 'eneg-'));
const out = join(dir, 'electronegativity.sarif');
try {
  // -e: the tool cannot read the version from electron/ alone; it also tries the network for release data and
  // translations, which fails quickly offline and changes no finding.
  const args = [bin, '-i', input, '-o', out, '-r', '-v', 'false', ...(electronVersion ? ['-e', electronVersion] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 180_000 });
  if (run.error || !existsSync(out)) {
    console.error(`electronegativity did not produce its report: ${run.error?.message ?? run.stderr.trim()}`);
    process.exit(1);
  }
  const sarif = JSON.parse(readFileSync(out, 'utf8')) as Sarif;
  const runs = sarif.runs ?? [];
  if (runs.length === 0 || runs.some((r) => r.invocations?.some((i) => i.executionSuccessful === false))) {
    console.error('electronegativity reported an unsuccessful run');
    process.exit(1);
  }
  const findings = runs.flatMap((r) => r.results ?? []);
  for (const f of findings) {
    const where = f.locations?.[0]?.physicalLocation;
    console.error(`  ${f.ruleId ?? '?'}  ${where?.artifactLocation?.uri ?? '?'}:${where?.region?.startLine ?? '?'}  ${f.message?.text ?? ''}`);
  }
  console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}over ${input}: ${findings.length} finding(s)`);
  process.exit(findings.length === 0 ? 0 : 1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
