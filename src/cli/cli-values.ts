/** The command line's options, as every command reads them. */
export interface CliValues {
  user?: string;
  tz?: string;
  now?: string;
  "dry-run"?: boolean;
  yes?: boolean;
  to?: string;
  force?: boolean;
}
