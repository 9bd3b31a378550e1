import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

// `npm start` is the reference for hosts (docs/hosting.md): its server sends the headers a <meta>
// Content-Security-Policy cannot, on the page and on every file the page loads.
let server: ChildProcess | undefined;
test.afterAll(() => {
  server?.kill();
});

/** Starts scripts/serve.mjs (what `npm start` runs after building) on a free port; resolves its URL. */
function serve(): Promise<string> {
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    let out = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve(url);
    });
    server?.on('exit', (code) => reject(new Error(`the server stopped (${code}): ${out}`)));
  });
}

test('npm start serves the hosting headers with the page and with every file it loads', async () => {
  const url = await serve();
  const page = await fetch(url);
  const html = await page.text();
  const script = /<script[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const data = /href="\.\/(assets\/countries-[^"]+\.geo\.json)"/.exec(html)?.[1];
  expect(data).toBeTruthy();
  for (const res of [page, await fetch(new URL(script ?? '', url)), await fetch(new URL(data ?? '', url))]) {
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  }
});
