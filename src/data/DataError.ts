/** A data file that could not be loaded or did not validate. `problems` holds one line per problem,
 * each naming file › record › field › what was expected, so a data editor can act on it. */
export class DataError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    const shown = problems.slice(0, 5).join('\n');
    const more = problems.length > 5 ? `\n… and ${problems.length - 5} more` : '';
    super(`${file} is invalid:\n${shown}${more}`);
    this.name = 'DataError';
    this.file = file;
    this.problems = problems;
  }
}

/** The file could not be fetched at all (network, 404, timeout). */
export class LoadError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(`${file} could not be loaded: ${reason}`);
    this.name = 'LoadError';
    this.file = file;
  }
}
