import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const attackOf = (text: string) =>
  analyze(text)
    .find((e) => e.type === 'ATTACK')
    ?.participants.sort();

describe('those an attack killed are its targets', () => {
  it('reads the army whose soldiers were killed as the target, not the subject', () => {
    expect(
      attackOf('قتل 12 جنديا من القوات المسلحة السودانية في هجوم شنته قوات الدعم السريع قرب الفاشر.'),
    ).toEqual(['Rapid Support Forces:INITIATOR', 'Sudanese Armed Forces:TARGET']);
  });

  it('reads victims after a victim cue in a later clause of the sentence', () => {
    expect(
      attackOf('هاجمت قوات الدعم السريع قاعدة قرب نيالا، ما أسفر عن مقتل جنود من القوات المسلحة السودانية.'),
    ).toEqual(['Rapid Support Forces:INITIATOR', 'Sudanese Armed Forces:TARGET']);
  });

  it('reads an English state adjective before a counted casualty noun', () => {
    expect(attackOf('Russian strikes near Kharkiv killed 15 Lebanese soldiers on Tuesday.')).toEqual([
      'Lebanon:TARGET',
      'Russia:INITIATOR',
    ]);
  });

  it('reads a noun that names the dead without a cue (16 قتيلا في صفوف X)', () => {
    expect(attackOf('أوقع قصف شنته قوات الدعم السريع 16 قتيلا في صفوف القوات المسلحة السودانية.')).toEqual([
      'Rapid Support Forces:INITIATOR',
      'Sudanese Armed Forces:TARGET',
    ]);
  });

  it('leaves fighters of a group who attack as the authors, even counted', () => {
    expect(attackOf('هاجم مئات المقاتلين من قوات الدعم السريع مواقع قرب الفاشر.')).toEqual([
      'Rapid Support Forces:INITIATOR',
    ]);
  });

  it('makes an actor right after a victim cue a target, past the titles of one of its people and with those joined to it', () => {
    expect(analyze('مقتل رئيس قوات الدعم السريع في غارة للجيش السوداني على الفاشر')[0]?.participants).toEqual(
      ['Rapid Support Forces:TARGET', 'Sudanese Armed Forces:INITIATOR'],
    );
    expect(
      analyze('أسفرت الغارات عن مقتل محمد شياع السوداني ووليام روتو في الفاشر')[0]?.participants,
    ).toEqual(['Mohammed Shia al-Sudani:TARGET', 'William Ruto:TARGET']);
  });
});
