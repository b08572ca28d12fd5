/** Server limits the CLI states in its help: a module of its own, so `--help` and other commands do not load the server. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
