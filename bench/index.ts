/** `npm run bench -- <name>`: benchmarks that print numbers. */
const BENCHMARKS: Record<string, () => Promise<void>> = {
  extract: async () => (await import('./extract.js')).benchExtract(),
  explore: async () => (await import('./explore.js')).benchExplore(process.argv.slice(3)),
  api: async () => (await import('./api.js')).benchApi(process.argv.slice(3)),
  load: async () => (await import('./load.js')).benchLoad(process.argv.slice(3)),
};

const name = process.argv[2];
const bench = name ? BENCHMARKS[name] : undefined;
if (!bench) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}>\n`);
  process.exit(2);
}
await bench();
