/**
 * An import message in both languages: `message` (English) is what the CLI's JSON carries (cli-contract.md),
 * `messageZh` is what a Chinese user reads in the UI and in the CLI's human output.
 */
export interface Msg {
  message: string;
  messageZh: string;
}

export const msg = (message: string, messageZh: string): Msg => ({ message, messageZh });
