import { clip, PROBLEM_MAX } from './describeValue';

/** How many problems an error's message lists before "… and N more". */
const MESSAGE_PROBLEMS = 5;

/** A data file that could not be loaded or did not validate. `problems` holds one line per problem,
 * each naming file › record › field › what was expected, so a data editor can act on it. */
export class DataError extends Error {
  /** What failed, for people: one file name, or the files of a failed cross-file check. */
  readonly file: string;
  readonly problems: string[];
  /** Every file the failure involves: a retry fetches all of them again, not only the one at fault. */
  readonly files: readonly string[];

  constructor(file: string, problems: string[], files: readonly string[] = [file]) {
    const lines = problems.map((p) => clip(p, PROBLEM_MAX));
    const shown = lines.slice(0, MESSAGE_PROBLEMS).join('\n');
    const more = lines.length > MESSAGE_PROBLEMS ? `\n… and ${lines.length - MESSAGE_PROBLEMS} more` : '';
    super(`${file} is invalid:\n${shown}${more}`);
    this.name = 'DataError';
    this.file = file;
    this.problems = lines;
    this.files = files;
  }
}

/** The file could not be fetched at all (network, 404, timeout). */
export class LoadError extends Error {
  readonly file: string;
  readonly files: readonly string[];

  constructor(file: string, reason: string) {
    super(`${file} could not be loaded: ${clip(reason, PROBLEM_MAX)}`);
    this.name = 'LoadError';
    this.file = file;
    this.files = [file];
  }
}
