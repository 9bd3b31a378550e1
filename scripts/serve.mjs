// Serves the production build (dist/) on 127.0.0.1 and prints the URL. Used by `npm start`.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/index.html')) {
  console.error('No build found in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
console.log(`\n  IP Cooperation Atlas is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
const stop = () => server.httpServer.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
