import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by the local Neo4j launcher whose command line
 * holds all of `args` (e.g. its data folder), read from /proc; null where
 * there is no /proc or no such process (a Neo4j on another machine).
 */
export function neo4jCpuMeter(args: string[]): (() => number) | null {
  const pid = launcherPid(args);
  if (pid === null) return null;
  return () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  };
}

function launcherPid(args: string[]): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  for (const entry of entries) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const isLauncher = argv.some((arg) => arg.endsWith('Launcher.java'));
    if (isLauncher && args.every((arg) => argv.includes(arg))) return Number(entry);
  }
  return null;
}
