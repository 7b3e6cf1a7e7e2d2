import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('persons in talks standing for the state in their title', () => {
  it('makes the state of a minister and of his counterpart the parties, the two ministers their delegates', () => {
    const [talks] = analyze(
      'التقى وزير الخارجية المصري سامح شكري ونظيره القطري محمد الخليفي في جدة لبحث الحرب في غزة.',
    );
    expect(talks?.type).toBe('NEGOTIATION');
    expect(talks?.participants).toEqual(
      expect.arrayContaining([
        'Egypt:PARTY',
        'Qatar:PARTY',
        expect.stringMatching(/:DELEGATE@Egypt$/),
        expect.stringMatching(/:DELEGATE@Qatar$/),
      ]),
    );
  });

  it('reads no state from a nisba that qualifies something other than the person', () => {
    const [talks] = analyze(
      'التقى وزير الخارجية القطري محمد الخليفي في جدة بممثلين عن الحكومة السودانية مع الموفد عمر صديق.',
    );
    expect(talks?.participants).toContain('Qatar:PARTY');
    expect(talks?.participants).not.toContain('Sudan:PARTY');
  });

  it('makes a mediating person whose body is known its delegate, the body the mediator', () => {
    const [talks] = analyze(
      'بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع بوساطة بدر عبد العاطي.',
    );
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['Badr Abdelatty:DELEGATE@Egypt', 'Egypt:MEDIATOR']),
    );
  });

  it('leaves out a person named as a side whose body is not known', () => {
    const [accord] = analyze('وقع الرئيس عمر صديق وقوات الدعم السريع اتفاقا لوقف إطلاق النار في جدة.');
    expect(accord?.participants).toEqual(['Rapid Support Forces:PARTY']);
  });
});
