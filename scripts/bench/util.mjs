// Small helpers shared by the benchmark: logging, statistics, gzip sizes, child processes, clean-up.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Progress goes to stderr, so stdout carries only the result table. */
export const log = (...parts) => console.error('[bench]', ...parts);

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarise(values) {
  const s = [...values].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return {
    n: s.length,
    median: r(quantile(s, 0.5)),
    p10: r(quantile(s, 0.1)),
    p90: r(quantile(s, 0.9)),
    p95: r(quantile(s, 0.95)),
    min: r(s[0] ?? NaN),
    max: r(s.at(-1) ?? NaN),
  };
}

/** Raw and gzip (level 9) size of a file or buffer. */
export function sizeOf(fileOrBuffer) {
  const buf = typeof fileOrBuffer === 'string' ? readFileSync(fileOrBuffer) : fileOrBuffer;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');

/** Everything that must be undone on exit, newest first. */
const cleanups = [];
export function onCleanup(fn) {
  cleanups.unshift(fn);
}
export async function cleanupAll() {
  while (cleanups.length > 0) {
    const fn = cleanups.shift();
    try {
      await fn();
    } catch (e) {
      log('clean-up step failed:', e?.message ?? e);
    }
  }
}

/**
 * Runs a command in its own process group (so the whole tree can be stopped), output to stderr.
 * Resolves with the exit code; on timeout the group gets SIGINT, then SIGKILL.
 */
export function run(cmd, args, { cwd, env, timeoutMs = 600_000, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: env ?? process.env,
      detached: true,
      stdio: ['ignore', capture ? 'pipe' : 2, capture ? 'pipe' : 2],
    });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    let timedOut = false;
    const stop = () => killGroup(child, 'SIGINT');
    onCleanup(stop);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGINT');
      setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const i = cleanups.indexOf(stop);
      if (i >= 0) cleanups.splice(i, 1);
      resolve({ code: code ?? (signal ? 128 : 1), timedOut, out });
    });
  });
}

export function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Rejects after `ms` with a readable message, so nothing waits forever. */
export function withTimeout(promise, timeoutMs, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no result after ${Math.round(timeoutMs / 1000)} s`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}
