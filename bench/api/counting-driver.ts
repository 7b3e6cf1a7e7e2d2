import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** A driver that counts the Cypher statements run through it. */
export interface CountingDriver {
  driver: Driver;
  readonly queries: number;
}

/**
 * Wraps a driver so that every `run` — on a session, or on the transaction a
 * session's executeRead/executeWrite hands its work — counts as one round
 * trip. @neo4j/graphql runs its queries through exactly these calls
 * (Executor: session.executeRead(tx => tx.run(...))), so the count is the
 * Cypher statements it sent, retries included.
 */
export function countingDriver(driver: Driver): CountingDriver {
  let queries = 0;
  const countingTx = <T extends Pick<ManagedTransaction, 'run'>>(tx: T): T =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'run') return Reflect.get(target, property, receiver);
        return (...args: Parameters<ManagedTransaction['run']>) => {
          queries += 1;
          return target.run(...args);
        };
      },
    });
  const wrapWork =
    (work: (tx: ManagedTransaction) => unknown) =>
    (tx: ManagedTransaction): unknown =>
      work(countingTx(tx));
  const countingSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'executeRead' || property === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            value.call(target, wrapWork(work), config);
        }
        if (property === 'run') return countingTx(target).run;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args));
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    driver: wrapped,
    get queries() {
      return queries;
    },
  };
}
