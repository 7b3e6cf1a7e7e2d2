import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const places = (text: string) => analyze(text).map((e) => [e.type, e.place]);

describe('event places', () => {
  it('leaves a place told after another event to that event', () => {
    expect(
      places(
        'انطلقت في جدة أمس جولة جديدة من المفاوضات بين الجيش السوداني وقوات الدعم السريع بشأن وقف إطلاق النار في الفاشر',
      ),
    ).toEqual([
      ['NEGOTIATION', 'Jeddah'],
      ['AGREEMENT', 'El Fasher'],
    ]);
    expect(places('بدأ الجيش السوداني وقوات الدعم السريع مفاوضات بشأن وقف إطلاق النار في الفاشر')[0]).toEqual(
      ['NEGOTIATION', null],
    );
  });

  it('gives an accord the place of the talks it came out of', () => {
    expect(places('اتفقت روسيا وأوكرانيا خلال جولة المفاوضات في جدة على تبادل الأسرى')[0]).toEqual([
      'AGREEMENT',
      'Jeddah',
    ]);
  });

  it("reads the place of a clause that tells when and where, not a speaker's setting", () => {
    expect(places('وقعت روسيا وأوكرانيا، أمس في جدة، اتفاقا لتبادل الأسرى')).toEqual([
      ['AGREEMENT', 'Jeddah'],
    ]);
    expect(
      places('قال المتحدث، خلال مؤتمر صحفي في جدة اليوم، إن قوات الدعم السريع هاجمت الجيش السوداني'),
    ).toEqual([['ATTACK', null]]);
  });

  it('reads a place inside the words of the trigger', () => {
    expect(places('روسيا وأوكرانيا توقعان في جدة اتفاق سلام')).toEqual([['AGREEMENT', 'Jeddah']]);
  });

  it('reads the town around or near which fighting took place', () => {
    expect(places('اندلعت اشتباكات عنيفة في محيط مدينة الفاشر')).toEqual([['ATTACK', 'El Fasher']]);
    expect(places('قصفت الطائرات مواقع قرب نيالا')).toEqual([['ATTACK', 'Nyala']]);
  });

  it('takes the place a city or resort word names over a wider one told before it', () => {
    const [talks] = analyze(
      'The army and the Rapid Support Forces held talks in the Darfur city of Nyala on Monday.',
    );
    expect(talks?.place).toBe('Nyala');
  });

  it('counts a long name after the trigger as one word when it looks for the place', () => {
    const [attack] = analyze('قصف الطيران الحربي التابع للقوات المسلحة الروسية أهدافا عسكرية في خاركيف.');
    expect(attack?.place).toBe('Kharkiv');
  });
});
