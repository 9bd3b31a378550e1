// Serves the production build (dist/) on 127.0.0.1 and prints the URL. Used by `npm start`. The
// response headers a host should send (docs/hosting.md) come from vite.config.ts (preview.headers).
// PORT=0 takes any free port; the URL printed is the one served.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const address = server.httpServer.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
console.log(`\n  IP Cooperation Atlas is running at ${url}  (Ctrl+C to stop)\n`);
const stop = () => server.httpServer.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
