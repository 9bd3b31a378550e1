// Story files a presenter exports and imports: named after the story, so a colleague's import is too.
import { storyFileText } from '../../data/story';
import type { Story } from '../../domain/story';
import { downloadBlob } from './download';

/** A file name from a story's name, without the characters file systems refuse. */
export function storyFileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-') // what file systems refuse, control characters included
    .trim()
    .slice(0, 80);
  return `${safe || 'atlas-story'}.json`;
}

/** A story's name from an imported file's name: "Africa briefing.json" → "Africa briefing". */
export const nameFromFile = (file: string) => file.replace(/\.json$/i, '').trim();

/** Saves the story as a file. Its name goes in as the title when it has none, so an import names it again. */
export function downloadStory(name: string, story: Story) {
  const titled = story.title?.trim() || !name ? story : { ...story, title: name };
  downloadBlob(storyFileName(name), new Blob([storyFileText(titled)], { type: 'application/json' }));
}

/** Saves the raw text of an entry that could not be read, so it can be repaired and imported. */
export function downloadText(name: string, text: string) {
  downloadBlob(storyFileName(name), new Blob([text], { type: 'application/json' }));
}
