/** `kg` — the command line: each subcommand lives in its own module, loaded on demand. */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  export: () => import('./export-command.js'),
  extract: () => import('./extract-command.js'),
  ingest: () => import('./ingest-command.js'),
  seed: () => import('./seed-command.js'),
  watch: () => import('./watch-command.js'),
};

const [name, ...argv] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
  process.stderr.write(`usage: kg <${Object.keys(COMMANDS).join('|')}> [options]\n`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(argv);
