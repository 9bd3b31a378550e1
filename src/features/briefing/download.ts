export { downloadBlob } from '../../ui/downloadBlob';

/** "2026-11-26": the local date, for file names and the source line of exports. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
