// `npm run build:single` (vite build --mode single): the whole atlas as ONE HTML file that opens from disk
// (file://) with no server and no network, for presenting offline. vite.config.ts turns code splitting
// off and inlines every asset as a data: URL (the data files included, so fetch() reads data: URLs); this
// plugin then moves the one script and the one stylesheet into index.html and writes a CSP that allows
// exactly those two inline blocks (by hash) and data: for the data files, and nothing else.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP of the single file. Differs from the normal build's only where inlining requires it. */
export function singleFileCsp(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    'connect-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// "</script" inside the code would end the inline block early; "<\/script" means the same to JavaScript.
const safeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

export function singleFile(): Plugin {
  return {
    name: 'atlas-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own generateBundle work: it rewrites the dynamic-import preload markers there.
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') this.error('index.html is missing from the bundle');
        let script = '';
        let style = '';
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type === 'chunk' && file.isEntry) script += safeScript(file.code);
          else if (file.type === 'chunk') this.error(`code splitting is on: ${name} would be a second file`);
          else if (name.endsWith('.css')) style += String(file.source);
          else if (name !== 'index.html') this.error(`${name} would be a separate file: raise assetsInlineLimit`);
          if (name !== 'index.html') delete bundle[name];
        }
        if (/<!--/.test(script)) this.warn('the script contains "<!--": check that the page still parses');
        const csp = singleFileCsp(script, style);
        // Replacement functions, so a "$" in the code is not read as a replacement pattern.
        html.source = String(html.source)
          .replace(/\s*<script type="module"[^>]*src="[^"]+"[^>]*><\/script>/, '')
          .replace(/\s*<link rel="(?:stylesheet|modulepreload)"[^>]*>/g, '')
          .replace('<head>', () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
          .replace(
            '</head>',
            () => `    <style>${style}</style>\n    <script type="module">${script}</script>\n  </head>`,
          );
      },
    },
  };
}
