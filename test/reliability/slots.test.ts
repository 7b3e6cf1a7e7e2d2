import { describe, expect, it } from 'vitest';
import { Slots } from '../../graph/neo4j/slots.js';

/** A task that runs until told to finish, noting when it starts. */
function heldTask(started: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

describe('transaction slots', () => {
  it('runs at most their number at once, the others in arrival order', async () => {
    const slots = new Slots(2);
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => heldTask(started, name));
    const results = tasks.map((task) => slots.run(task.run));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    tasks[1]?.finish();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual(['a', 'b', 'c']);
    for (const task of tasks) task.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('frees a slot when a task fails', async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await slots.run(async () => 'next')).toBe('next');
  });

  it('refuses fewer than one slot', () => {
    expect(() => new Slots(0)).toThrow(/at least 1/);
  });
});
