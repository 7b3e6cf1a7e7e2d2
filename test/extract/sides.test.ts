import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('the two sides', () => {
  it('reads clashes between two actors as an attack both initiate', () => {
    const [clashes] = analyze('اندلعت اشتباكات حدودية عنيفة بين روسيا وأوكرانيا قرب خاركيف.');
    expect(clashes?.type).toBe('ATTACK');
    expect(clashes?.participants).toEqual(expect.arrayContaining(['Russia:INITIATOR', 'Ukraine:INITIATOR']));
  });

  it('gives "the two sides" of later talks the sides named before', () => {
    const events = analyze(
      'تبادلت روسيا وأوكرانيا القصف على طول خط الجبهة. وعقد الطرفان جولة محادثات جديدة في موسكو بوساطة قطرية.',
    );
    const talks = events.find((e) => e.type === 'NEGOTIATION');
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['Russia:PARTY', 'Ukraine:PARTY', 'Qatar:MEDIATOR']),
    );
  });

  it('lets talks named with their own sides elsewhere keep those sides, not the pair of an earlier truce', () => {
    const events = analyze(
      'بدأ وفد من الحكومة السودانية مفاوضات مع قوات الدعم السريع في جدة. وكانت الهدنة بين روسيا وأوكرانيا قد انهارت، فيما انطلقت المفاوضات بين الطرفين في جدة.',
    );
    const talks = events.find((e) => e.type === 'NEGOTIATION');
    expect(talks?.participants.filter((p) => p.endsWith(':PARTY')).sort()).toEqual([
      'Government of Sudan:PARTY',
      'Rapid Support Forces:PARTY',
    ]);
  });

  it('makes "the two sides" of an act other than talks its authors', () => {
    const events = analyze(
      'وقعت إثيوبيا وجبهة تيغراي اتفاقا لوقف إطلاق النار. وبدأ الطرفان سحب قواتهما من الحدود.',
    );
    const withdrawal = events.find((e) => e.type === 'WITHDRAWAL');
    expect(withdrawal?.participants).toEqual(['Ethiopia:INITIATOR', 'TPLF:INITIATOR']);
  });

  it('names no sides when none were named before', () => {
    const [talks] = analyze('وعقد طرفا الصراع جولة محادثات جديدة في جدة.');
    expect(talks?.participants.filter((p) => p.endsWith(':PARTY'))).toEqual([]);
  });
});
