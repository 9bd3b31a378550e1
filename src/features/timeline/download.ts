import { downloadBlob } from '../../ui/downloadBlob';

/** Saves text (a chart's CSV) as a file, without any network. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  downloadBlob(filename, new Blob([text], { type }));
}
