// CI check: electronegativity over electron/, failing on any finding. The tool exits 0 whatever it finds, so its
// SARIF output is read instead. Suppressions live in the code as `// eng-disable RULE_ID` next to their reason.
// The tool says nothing about files it cannot parse, so a second scan of a copy with one known-bad line appended
// to every file proves each file was read.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

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
const CANARY = '\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } });\n';

/** One run of the tool over a folder: its findings, or a reason it failed. */
function scan(folder: string, work: string): SarifResult[] | string {
  const out = join(work, `${Math.random().toString(36).slice(2)}.sarif`);
  // -e: the tool cannot read the version from electron/ alone; it also tries the network for release data and
  // translations, which fails quickly offline and changes no finding.
  const args = [bin, '-i', folder, '-o', out, '-r', '-v', 'false', ...(electronVersion ? ['-e', electronVersion] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 180_000 });
  if (run.error || !existsSync(out)) return `no report: ${run.error?.message ?? run.stderr.trim()}`;
  const runs = (JSON.parse(readFileSync(out, 'utf8')) as Sarif).runs ?? [];
  if (runs.length === 0 || runs.some((r) => r.invocations?.some((i) => i.executionSuccessful === false))) return 'an unsuccessful run';
  return runs.flatMap((r) => r.results ?? []);
}

const sources = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|cjs|mjs)$/.test(f) && !f.endsWith('.d.ts'));
const where = (f: SarifResult) => f.locations?.[0]?.physicalLocation;

function check(work: string): number {
  const findings = scan(input, work);
  if (typeof findings === 'string') {
    console.error(`electronegativity failed: ${findings}`);
    return 1;
  }
  for (const f of findings) console.error(`  ${f.ruleId ?? '?'}  ${where(f)?.artifactLocation?.uri ?? '?'}:${where(f)?.region?.startLine ?? '?'}  ${f.message?.text ?? ''}`);
  console.log(`electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}over ${relative(root, input) || input}: ${findings.length} finding(s)`);

  const copy = join(work, 'canary');
  cpSync(input, copy, { recursive: true });
  const files = sources(copy);
  for (const f of files) appendFileSync(join(copy, f), CANARY);
  const canaries = scan(copy, work);
  if (typeof canaries === 'string') {
    console.error(`electronegativity failed on the canary copy: ${canaries}`);
    return 1;
  }
  const seen = new Set(canaries.filter((f) => f.ruleId === 'NODE_INTEGRATION_JS_CHECK').map((f) => where(f)?.artifactLocation?.uri ?? ''));
  const unread = files.filter((f) => !seen.has(f.split('\\').join('/')));
  if (unread.length > 0) console.error(`electronegativity did not read ${unread.length} of ${files.length} files:\n  ${unread.join('\n  ')}`);
  else console.log(`every one of the ${files.length} files was read (a known-bad line appended to each was found)`);
  return findings.length === 0 && unread.length === 0 ? 0 : 1;
}

const work = mkdtempSync(join(tmpdir(), 'eneg-'));
let code: number;
try {
  code = check(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
