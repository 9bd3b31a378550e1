// Build, snapshot and serve. The build is copied to a temporary directory before it is served, so a
// colleague's `npm run build` during the benchmark cannot swap the files under it.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killGroup, log, onCleanup, run } from './util.mjs';

export async function build(root) {
  log('building: npm run build');
  const { code, timedOut } = await run('npm', ['run', 'build'], { cwd: root, timeoutMs: 300_000 });
  if (code !== 0)
    throw new Error(`npm run build ${timedOut ? 'timed out' : `failed (exit ${code})`}; see the output above`);
}

/** Copies dist/ to a fresh temporary directory, removed on exit. */
export function snapshot(root) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('no build in dist/: run without --no-build, or `npm run build` first');
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  onCleanup(() => rmSync(tmp, { recursive: true, force: true }));
  const copy = join(tmp, 'dist');
  cpSync(dist, copy, { recursive: true });
  return { tmp, dist: copy };
}

/** Another copy of a snapshot with one asset's content replaced (the generated activities for the
 * scaling run): served like the real build, so both are measured the same way. */
export function withAsset(dist, name, body) {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-scaled-'));
  onCleanup(() => rmSync(tmp, { recursive: true, force: true }));
  const copy = join(tmp, 'dist');
  cpSync(dist, copy, { recursive: true });
  writeFileSync(join(copy, 'assets', name), body);
  return copy;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/**
 * `vite preview` on the snapshot, started from node_modules/.bin (not npx) and stopped on exit.
 * Returns the URL and `ensure()`, which restarts the server if it died (another process on a
 * shared machine may kill it) and is called before every page load.
 */
export async function serve(root, dist, port) {
  const url = `http://127.0.0.1:${port}/`;
  const expected = readFileSync(join(dist, 'index.html'), 'utf8');
  let child = null;
  let stopping = false;
  let restarts = 0;

  const start = async () => {
    if (!(await portIsFree(port))) {
      throw new Error(`port ${port} on 127.0.0.1 is in use (a stale server?); stop it or pass --port=<another>`);
    }
    const bin = join(root, 'node_modules', '.bin', 'vite');
    const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist];
    log(`serving the build: vite ${args.join(' ')}`);
    const c = spawn(bin, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    c.once('exit', (code, signal) => {
      if (!stopping)
        log(`vite preview exited unexpectedly (code ${code}, signal ${signal}); it is restarted before the next load`);
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (c.exitCode !== null || c.signalCode !== null)
        throw new Error(`vite preview exited (${c.exitCode ?? c.signalCode}):\n${out}`);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        const html = await res.text();
        if (res.ok && html === expected) return;
        if (res.ok) throw new Error(`the server on ${url} does not serve this build`);
      } catch (e) {
        if (e.message.startsWith('the server')) throw e;
      }
      if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${url} within 30 s:\n${out}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  onCleanup(async () => {
    stopping = true;
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    killGroup(c, 'SIGTERM');
    const t = setTimeout(() => killGroup(c, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(t);
  });
  await start();

  const ensure = async () => {
    if (child.exitCode === null && child.signalCode === null) return;
    if (++restarts > 5) throw new Error('vite preview keeps dying (restarted 5 times)');
    await start();
  };
  return { url, ensure, restarts: () => restarts };
}
