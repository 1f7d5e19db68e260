import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/db/autoBackup';
import { openDatabase, type Db } from '../../electron/db/connection';
import { APP_ROOT, TSX_IMPORT } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

// SIGKILL a writer (import + inspection saves) at random moments; the database must stay intact, every acknowledged
// write must be there, and each import must be all or nothing. CRASH_PLOTS=100000 runs the full-size import.
const PLOTS = Number(process.env.CRASH_PLOTS ?? 5000);
const ROUNDS = 10;
const SEED = 20261127;
const WRITER = join(import.meta.dirname, 'crashWriter.ts');

/** mulberry32: a fixed seed gives the same kill moments on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The highest sequence number among the automatic import backups (every import of this run has the same clock). */
function lastBackupSequence(dbFile: string): number {
  const dir = backupsDir(dbFile);
  if (!existsSync(dir)) return 0;
  const seqs = readdirSync(dir).map((n) => /-import(?:-(\d+))?\.sqlite$/.exec(n)).filter((m) => m !== null).map((m) => Number(m[1] ?? 1));
  return Math.max(0, ...seqs);
}

interface Round {
  acks: string[];
  readyAt: number;
  importAckAt: number | null;
  /** When the import's automatic backup appeared (ms after READY): its write transaction starts right after. */
  backupSeenAt: number | null;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

type Kill = { after: 'ready' | 'backup'; ms: number } | null;

/** Runs the writer; kills it `kill.ms` after it says READY, or after its import's backup appears (never, when null). */
function runWriter(file: string, prefix: string, after: number, kill: Kill): Promise<Round> {
  return new Promise((resolve, reject) => {
    // tsx as an --import hook, not its CLI: the CLI runs the script in a child process, which SIGKILL would not reach.
    const child = spawn(process.execPath, [...TSX_IMPORT, WRITER, file, prefix, String(PLOTS), '5', String(after)], { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acks: [], readyAt: 0, importAckAt: null, backupSeenAt: null, signal: null, code: null, stderr: '' };
    const started = Date.now();
    const sequence = lastBackupSequence(file);
    const poll = setInterval(() => {
      if (round.readyAt === 0 || round.backupSeenAt !== null || lastBackupSequence(file) === sequence) return;
      round.backupSeenAt = Date.now() - started - round.readyAt;
      if (kill?.after === 'backup') setTimeout(() => child.kill('SIGKILL'), kill.ms);
    }, 2);
    let buffer = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') {
          round.readyAt = Date.now() - started;
          if (kill?.after === 'ready') setTimeout(() => child.kill('SIGKILL'), kill.ms);
        } else if (line.startsWith('ACK ')) {
          round.acks.push(line.slice(4));
          if (line.startsWith('ACK import')) round.importAckAt = Date.now() - started - round.readyAt;
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (round.stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      clearInterval(poll);
      resolve({ ...round, code, signal });
    });
  });
}

describe('crash safety: SIGKILL during imports and inspection saves', () => {
  const t = tempDir('land-crash-');
  const file = t.file('land.sqlite');
  beforeAll(() => openSeeded(file).db.close());
  afterAll(() => t.remove());

  it(`leaves the database intact, every acknowledged write present, each ${PLOTS}-plot import all or nothing`, async () => {
    const calibration = await runWriter(file, 'R00', 3, null);
    const writeMs = (calibration.importAckAt ?? 0) - (calibration.backupSeenAt ?? 0);
    expect(calibration.stderr).toBe('');
    expect(calibration.code).toBe(0);
    const importMs = calibration.importAckAt ?? 0;
    expect(importMs).toBeGreaterThan(0);

    const next = random(SEED);
    let importsCommitted = 1;
    const outcome = { killedBeforeImportAck: 0, importCommittedUnacknowledged: 0, importAbsent: 0, killedInsideWrite: 0, killedAfterImportAck: 0 };
    for (let r = 1; r <= ROUNDS; r++) {
      const prefix = `R${String(r).padStart(2, '0')}`;
      // Odd rounds: anywhere from READY to 2× the calibrated time to the import's ACK (reading, backup, write,
      // inspections after). Even rounds: within 1.2× the calibrated write, timed from its backup's appearance.
      const kill: Kill = r % 2 === 1 ? { after: 'ready', ms: Math.round(next() * 2 * importMs) } : { after: 'backup', ms: Math.round(next() * 1.2 * writeMs) };
      const round = await runWriter(file, prefix, 100_000, kill);
      const backupTaken = round.backupSeenAt !== null;
      expect(round.signal, `${prefix}: ${round.stderr}`).toBe('SIGKILL');

      const db: Db = openDatabase(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const ack of round.acks.filter((a) => a.startsWith('inspection '))) {
          const notes = ack.slice('inspection '.length);
          expect((db.prepare('SELECT count(*) AS n FROM inspections WHERE notes = ?').get(notes) as { n: number }).n, notes).toBe(1);
        }
        const imported = (db.prepare("SELECT count(*) AS n FROM plots WHERE parcel_no LIKE ? || '-%'").get(prefix) as { n: number }).n;
        const audited = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND new_value LIKE ?").get(`%"${prefix}.geojson"%`) as { n: number }).n;
        expect([0, PLOTS], `${prefix}: ${imported} plots of the import present`).toContain(imported);
        expect(audited, `${prefix}: the import's audit row goes with its plots`).toBe(imported === PLOTS ? 1 : 0);
        if (round.importAckAt !== null) {
          expect(imported, `${prefix}: acknowledged import`).toBe(PLOTS);
          outcome.killedAfterImportAck++;
        } else {
          outcome.killedBeforeImportAck++;
          if (imported === PLOTS) outcome.importCommittedUnacknowledged++;
          else outcome.importAbsent++;
          // Its backup was taken but its plots are absent: killed inside the import's write transaction.
          if (backupTaken && imported === 0) outcome.killedInsideWrite++;
        }
        if (imported === PLOTS) importsCommitted++;
      } finally {
        db.close();
      }
    }
    const db = openDatabase(file, { readonly: true });
    const generated = (db.prepare("SELECT count(*) AS n FROM plots WHERE parcel_no GLOB 'R[0-9][0-9]-*'").get() as { n: number }).n;
    db.close();
    expect(generated).toBe(importsCommitted * PLOTS);
    // The seeded kill moments must have hit both sides of the import's commit, or the test proves little.
    expect(outcome.importAbsent).toBeGreaterThan(0);
    expect(outcome.killedAfterImportAck + outcome.importCommittedUnacknowledged).toBeGreaterThan(0);
    console.log(`crash rounds (${PLOTS} plots, import ${importMs} ms):`, JSON.stringify(outcome));
  }, 600_000);
});
