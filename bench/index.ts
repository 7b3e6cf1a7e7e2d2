/** `npm run bench -- <name>`: benchmarks that print numbers. */
const BENCHMARKS: Record<string, () => Promise<void>> = {
  extract: async () => (await import('./extract.js')).benchExtract(),
};

const name = process.argv[2];
const bench = name ? BENCHMARKS[name] : undefined;
if (!bench) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}>\n`);
  process.exit(2);
}
await bench();
