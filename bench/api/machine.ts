import os from 'node:os';

/** What the numbers were measured on, with the load average that tells whether other work shared the machine. */
export function machineLine(): string {
  const cpus = os.cpus();
  const memoryGiB = Math.round(os.totalmem() / 2 ** 30);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  return `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memoryGiB} GiB; Node ${process.version}; load average ${load}`;
}
