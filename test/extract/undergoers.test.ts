import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const participants = (text: string) => analyze(text).flatMap((e) => e.participants);

describe('those who underwent an attack', () => {
  it('makes the subject of تعرض before the act its target, after the verb or before it', () => {
    expect(participants('تعرضت قوات الدعم السريع لهجوم بطائرات مسيرة قرب الفاشر.')).toEqual([
      'Rapid Support Forces:TARGET',
    ]);
    expect(participants('وكان الجيش السوداني قد تعرض لقصف عنيف في الفاشر.')).toEqual([
      'Sudanese Armed Forces:TARGET',
    ]);
  });

  it('makes the actor after من following the act its author', () => {
    expect(participants('تعرضت القوات الروسية لهجوم من حماس قرب خاركيف.')).toEqual([
      'Russian Armed Forces:TARGET',
      'Hamas:INITIATOR',
    ]);
  });

  it('reads "came under" and an English passive the same way', () => {
    expect(participants('Rapid Support Forces positions came under heavy shelling near El Fasher.')).toEqual([
      'Rapid Support Forces:TARGET',
    ]);
    expect(participants('A Rapid Support Forces convoy was attacked by Russia near El Fasher.')).toEqual([
      'Rapid Support Forces:TARGET',
      'Russia:INITIATOR',
    ]);
  });

  it('reads one who suffered losses in battles as their target', () => {
    expect(participants('أقر الجيش السوداني بتكبده خسائر في معارك قرب الفاشر.')).toEqual([
      'Sudanese Armed Forces:TARGET',
    ]);
  });

  it('leaves a speaker who underwent the attack its target, not its author', () => {
    const [attack] = analyze(
      'وقال الجيش السوداني إن وحدة من القوات المسلحة السودانية تعرضت لهجمات في الفاشر.',
    );
    expect(attack?.participants).toEqual(['Sudanese Armed Forces:TARGET']);
    expect(attack?.claims).toEqual(['Sudanese Armed Forces:ASSERTS']);
  });

  it('keeps the author of an act before a verb of undergoing that tells another act', () => {
    expect(participants('قصفت القوات الروسية مدينة خاركيف التي تعرضت لانقطاع الكهرباء.')).toEqual([
      'Russian Armed Forces:INITIATOR',
    ]);
  });
});
