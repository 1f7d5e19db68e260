/** Exit 1: the user's input is wrong; the message names the file / row / field. */
export class CliInputError extends Error {
  constructor(public readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;
