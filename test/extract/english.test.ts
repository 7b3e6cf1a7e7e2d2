import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('English text through the same stages', () => {
  it('finds an attack with its place, author and dead', () => {
    const [attack] = analyze(
      'Russian forces launched a missile attack on Kharkiv on Tuesday, killing 7 people.',
    );
    expect(attack).toMatchObject({ type: 'ATTACK', place: 'Kharkiv', date: '2024-05-14' });
    expect(attack?.participants).toContain('Russian Armed Forces:INITIATOR');
  });

  it('finds talks with parties and a mediator', () => {
    const [talks] = analyze(
      'Talks began in Jeddah between the Rapid Support Forces and Sudan, mediated by Saudi Arabia.',
    );
    expect(talks).toMatchObject({ type: 'NEGOTIATION', place: 'Jeddah' });
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['Rapid Support Forces:PARTY', 'Sudan:PARTY', 'Saudi Arabia:MEDIATOR']),
    );
  });

  it('reads what was fired at as the target', () => {
    const [attack] = analyze('Russia fired missiles at Ukraine overnight, officials said.');
    expect(attack?.participants.sort()).toEqual(['Russia:INITIATOR', 'Ukraine:TARGET']);
  });

  it('reads a denial', () => {
    const [attack] = analyze('Hamas denied that it attacked Kharkiv.');
    expect(attack?.claims).toEqual(['Hamas:DENIES']);
    expect(attack?.factuality).toBe('DENIED');
  });

  it('reads the actor after "said" as the subject of what is reported, the speaker before it', () => {
    const [attack] = analyze('Ukraine said Russian troops attacked the city of Kharkiv on Monday.');
    expect(attack?.participants).toEqual(['Russian Armed Forces:INITIATOR']);
    expect(attack?.claims).toEqual(['Ukraine:ASSERTS']);
  });

  it('gives an author cue after another kind of act (a truce announced by X) to that act, not to the attack', () => {
    const [attack] = analyze(
      'Russia fired missiles at Kharkiv in violation of a truce announced by Qatar on Monday.',
    );
    expect(attack?.participants).toEqual(['Russia:INITIATOR']);
  });

  it('gives a source named after what it reports (according to X) no part in the act', () => {
    const events = analyze(
      'Russia attacked the city of Kharkiv on Monday, striking a market with drones, according to Ukraine.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toEqual(['Russia:INITIATOR']);
    expect(events[0]?.claims).toEqual(['Ukraine:ASSERTS']);
  });

  it('reads an actor joined by a hyphen to "brokered" as the mediator, not a side', () => {
    const [truce] = analyze(
      'Sudan and the Rapid Support Forces signed a Qatar-brokered truce in Jeddah on Monday.',
    );
    expect(truce?.participants).toContain('Qatar:MEDIATOR');
    expect(truce?.participants).toContain('Rapid Support Forces:PARTY');
  });

  it("reads a state's adjective on a named group (the Lebanese group Hezbollah) as where the group is from, not as a side", () => {
    const [talks] = analyze('Egypt held talks with the Lebanese group Hezbollah in Jeddah on Monday.');
    expect(talks?.participants.sort()).toEqual(['Egypt:PARTY', 'Hezbollah:PARTY']);
  });

  it("reads a state's adjective before the act's noun, or before one word that qualifies it, as the author", () => {
    expect(analyze('Lebanese shelling hit positions near Tripoli on Tuesday.')[0]?.participants).toEqual([
      'Lebanon:INITIATOR',
    ]);
    expect(analyze('Lebanese artillery shelling hit positions near Tripoli.')[0]?.participants).toEqual([
      'Lebanon:INITIATOR',
    ]);
  });

  it('reads no author from a state adjective before a verb (Lebanese rebels attacked)', () => {
    expect(analyze('Lebanese rebels attacked a base near Tripoli.')[0]?.participants ?? []).not.toContain(
      'Lebanon:INITIATOR',
    );
  });

  it("passes over a dateline's agency when it looks for who acted", () => {
    const [attack] = analyze('KHARTOUM, May 3 (Reuters) - Gunmen attacked a base near Nyala.');
    expect(attack?.participants ?? []).not.toContain('Reuters:INITIATOR');
    expect(attack?.place).toBe('Nyala');
  });

  it('reads "X and the Y" as joined subjects, and a weekday after "on" as a time, not the end of the subject', () => {
    const [accord] = analyze('Sudan and the Rapid Support Forces on Saturday signed a truce in Jeddah.');
    expect(accord?.participants.sort()).toEqual(['Rapid Support Forces:PARTY', 'Sudan:PARTY']);
  });

  it('finds the subject of a verb before an apposition set off by commas', () => {
    const [capture] = analyze(
      'Rapid Support Forces fighters, backed by foreign mercenaries, captured El Fasher in October.',
    );
    expect(capture?.participants).toEqual(['Rapid Support Forces:INITIATOR']);
  });
});
