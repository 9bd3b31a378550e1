import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { singleFile } from './scripts/build-single.ts';
import { leadData } from './scripts/leadData.ts';
import { licenseNotice } from './scripts/licenses.ts';

// Only the app's own origin, for everything. Added to the production build only: the dev server
// injects inline scripts and styles for hot reload.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

// What a host should send with every response (docs/hosting.md): a <meta> CSP cannot forbid framing
// (frame-ancestors), and the others exist only as headers. `npm start` sends them, as the reference.
export const HOSTING_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

// The geometry is fetched by code in the main chunk; preloading it lets the network start while that
// chunk is still being parsed (the largest wait on a slow phone). The data files are not preloaded:
// they are read only after the map's first frame, and fetched earlier they would take bandwidth from
// the script and the geometry, and (a large dataset) main-thread time from the map.
const PRELOAD = /(^|\/)countries-[\w-]+\.geo\.json$/;

function csp(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
        ...Object.keys(ctx.bundle ?? {})
          .filter((f) => PRELOAD.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href: `./${f}`, crossorigin: '' },
            injectTo: 'head' as const,
          })),
      ],
    },
  };
}

// The geometry is emitted as .geo.json: servers compress application/json (vite preview, most static
// hosts) but not application/geo+json, and compressed it is a third of the bytes on a slow phone.
const assetFileNames = (a: { names: string[] }) =>
  a.names.some((n) => n.endsWith('.geojson')) ? 'assets/[name]-[hash].geo.json' : 'assets/[name]-[hash][extname]';

// `vite build --mode single` (npm run build:single): one self-contained HTML file for presenting offline,
// with every asset and lazy chunk inlined and its own hash-based CSP (scripts/build-single.ts).
const single = {
  outDir: 'dist-single',
  target: 'es2022',
  assetsInlineLimit: () => true,
  cssCodeSplit: false,
  modulePreload: { polyfill: false },
  copyPublicDir: false,
  rolldownOptions: { output: { codeSplitting: false } },
} as const;

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the build works from any sub-path.
  base: './',
  // The third-party notice ships with every build (scripts/licenses.ts).
  plugins: [
    react(),
    leadData(),
    mode === 'single' ? singleFile() : csp(),
    licenseNotice({ inline: mode === 'single' }),
  ],
  assetsInclude: ['**/*.geojson'],
  build:
    mode === 'single'
      ? single
      : { target: 'es2022', assetsInlineLimit: 0, rolldownOptions: { output: { assetFileNames } } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: HOSTING_HEADERS },
  server: { host: '127.0.0.1' },
}));
