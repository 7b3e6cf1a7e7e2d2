import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export interface LocalNeo4jOptions {
  /** Home folder of the database (store, logs); default `data/neo4j` in the project root. */
  dataDir?: string;
  /** Bolt port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Receives each line the launcher writes to stderr (Neo4j itself logs to files in dataDir). */
  log?: (line: string) => void;
  /** How long to wait for Bolt; the first start (new store, cold JVM) is the slow one. */
  timeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  stop(): Promise<void>;
}

const toolDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(toolDir, '../..');
const defaultTimeoutMs = 180_000;
const stopGraceMs = 30_000;
const stderrTailLines = 40;

/** Neo4j 5's own `server.jvm.additional` defaults (conf/neo4j.conf), with a heap sized for a small machine. */
const jvmFlags = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  await fetchJars();
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : path.join(projectRoot, 'data', 'neo4j');
  const java = spawnLauncher(dataDir, options.port ?? 0);
  const stderrTail = keepStderrTail(java.stderr, options.log);
  try {
    const uri = await waitForBoltUri(java, options.timeoutMs ?? defaultTimeoutMs, stderrTail);
    return { uri, stop: once(() => stopProcess(java)) };
  } catch (error) {
    await stopProcess(java);
    throw error;
  }
}

/** fetch.sh is a no-op when lib/ matches pom.xml; otherwise it announces the download on stderr. */
async function fetchJars(): Promise<void> {
  const fetch = spawn('bash', [path.join(toolDir, 'fetch.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = await exitOf(fetch);
  if (code !== 0) {
    throw new Error(
      `tools/neo4j/fetch.sh failed (exit ${code}); it needs Maven (mvn) and access to Maven Central`,
    );
  }
}

function spawnLauncher(dataDir: string, port: number): ChildProcessWithoutNullStreams {
  const javaHome = process.env.JAVA_HOME;
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const classPath = `${path.join(toolDir, 'lib')}${path.sep}*`;
  const args = [
    ...jvmFlags,
    '-cp',
    classPath,
    path.join(toolDir, 'Launcher.java'),
    '--data',
    dataDir,
    '--port',
    String(port),
  ];
  // stdin stays an open pipe: the launcher stops when it closes, i.e. when this process dies.
  return spawn(java, args, { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
}

function keepStderrTail(stderr: Readable, log?: (line: string) => void): string[] {
  const tail: string[] = [];
  createInterface({ input: stderr }).on('line', (line) => {
    tail.push(line);
    if (tail.length > stderrTailLines) tail.shift();
    log?.(line);
  });
  return tail;
}

function waitForBoltUri(
  java: ChildProcessWithoutNullStreams,
  timeoutMs: number,
  stderrTail: string[],
): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      cleanup();
      const details = stderrTail.length > 0 ? `\n--- last stderr lines ---\n${stderrTail.join('\n')}` : '';
      reject(new Error(`local Neo4j did not start: ${reason}${details}`));
    };
    const onLine = (line: string) => {
      if (!line.startsWith('bolt://')) return;
      cleanup();
      resolve(line.trim());
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      // Give the stderr reader a moment to collect the launcher's last words.
      setTimeout(() => fail(`java exited early (${signal ?? `exit code ${code}`})`), 100);
    const onError = (error: Error) =>
      fail(`could not run java (${error.message}); Java 17 or newer is needed`);
    const timer = setTimeout(() => fail(`no Bolt URI within ${timeoutMs / 1000} s`), timeoutMs);
    const stdout = createInterface({ input: java.stdout });
    function cleanup() {
      clearTimeout(timer);
      stdout.off('line', onLine);
      java.off('exit', onExit);
      java.off('error', onError);
    }
    stdout.on('line', onLine);
    java.once('exit', onExit);
    java.once('error', onError);
  });
}

async function stopProcess(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return;
  const exited = exitOf(child);
  child.kill('SIGTERM');
  const forceKill = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
  await exited;
  clearTimeout(forceKill);
}

function hasExited(child: ChildProcessWithoutNullStreams): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exitOf(child: ReturnType<typeof spawn>): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve([code, signal]));
  });
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= action();
    return running;
  };
}
