import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('talks and the accord they reach', () => {
  it('lend each other their sides and mediators', () => {
    const events = analyze(
      'اتفقت روسيا وأوكرانيا في جدة على تبادل الأسرى. وجاء الاتفاق في ختام محادثات استمرت يومين بوساطة قطرية.',
    );
    const roles = (type: string) =>
      events
        .find((e) => e.type === type)
        ?.participants.filter((p) => !p.includes('@'))
        .sort();
    expect(roles('AGREEMENT')).toEqual(['Qatar:MEDIATOR', 'Russia:PARTY', 'Ukraine:PARTY']);
    expect(roles('NEGOTIATION')).toEqual(['Qatar:MEDIATOR', 'Russia:PARTY', 'Ukraine:PARTY']);
  });

  it('keep apart talks and an accord with no side in common', () => {
    const events = analyze(
      'وقعت السعودية ومصر في القاهرة اتفاقا تجاريا بوساطة قطرية. وفي سياق آخر، بدأت في جدة محادثات بين القوات المسلحة السودانية وقوات الدعم السريع.',
    );
    const talks = events.find((e) => e.type === 'NEGOTIATION');
    expect(talks?.participants.sort()).toEqual(['Rapid Support Forces:PARTY', 'Sudanese Armed Forces:PARTY']);
  });
});
