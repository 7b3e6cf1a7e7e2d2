import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('claims and factuality', () => {
  it('never makes a denier a participant of what it denies', () => {
    const [attack] = analyze('نفى الجيش السوداني أن تكون قواته قصفت مدينة الفاشر أمس');
    expect(attack).toMatchObject({
      type: 'ATTACK',
      place: 'El Fasher',
      date: '2024-05-15',
      factuality: 'DENIED',
    });
    expect(attack?.claims).toEqual(['Sudanese Armed Forces:DENIES']);
    expect(attack?.participants).toEqual([]);
  });

  it('makes no speaker of those a victim cue names after the reporting verb', () => {
    const events = analyze('وأكدت مصادر محلية مقتل القائد الميداني حسن عبد الله في الفاشر');
    expect(events.flatMap((e) => [...e.claims, ...e.participants])).toEqual([]);
  });

  it('reads an English speaker after a quote, and a tail report dated by "on" and a day', () => {
    expect(analyze('"Russian forces attacked El Fasher," said William Ruto.')[0]?.claims).toEqual([
      'William Ruto:ASSERTS',
    ]);
    expect(
      analyze('Russian forces attacked El Fasher, the Sudanese army said on Saturday.')[0]?.claims,
    ).toEqual(['Sudanese Armed Forces:ASSERTS']);
  });

  it("makes the state in an unknown speaker's title the author of the attack the speaker claims, not the speaker", () => {
    const [attack] = analyze('أعلن الرئيس الروسي خالد يوسف بدء هجوم بري على خاركيف.');
    expect(attack?.participants).toEqual(['Russia:INITIATOR']);
    expect(attack?.claims).toEqual(['Khaled Youssef:ASSERTS']);
  });

  it('makes an accuser assert and the accused the author', () => {
    const [attack] = analyze(
      'اتهمت الحكومة السودانية قوات الدعم السريع بقصف مدينة الفاشر، بينما نفت قوات الدعم السريع ذلك.',
    );
    expect(attack?.participants).toContain('Rapid Support Forces:INITIATOR');
    expect(attack?.claims).toEqual(['Government of Sudan:ASSERTS', 'Rapid Support Forces:DENIES']);
    expect(attack?.factuality).toBe('DISPUTED');
  });

  it('gives a party claiming its own attack the author role and CLAIMED', () => {
    const [attack] = analyze('حماس تعلن مهاجمة القوات الروسية');
    expect(attack?.participants).toEqual(['Russian Armed Forces:TARGET', 'Hamas:INITIATOR']);
    expect(attack?.factuality).toBe('CLAIMED');
  });

  it('reads a headline speaker before a colon, a ministry standing for its state', () => {
    const [attack] = analyze('الدفاع الروسية: القضاء على 300 مسلح في خاركيف');
    expect(attack).toMatchObject({ casualties: 300, factuality: 'CLAIMED', place: 'Kharkiv' });
    expect(attack?.claims).toEqual(['Russian Defence Ministry:ASSERTS']);
    expect(attack?.participants).toContain('Russia:INITIATOR');
  });

  it('makes a rejecter of talks a party that rejects them', () => {
    const [talks] = analyze('الكونغو الديمقراطية ترفض المفاوضات المباشرة مع حركة 23 مارس');
    expect(talks?.claims).toEqual(['Democratic Republic of the Congo:REJECTS']);
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['M23:PARTY', 'Democratic Republic of the Congo:PARTY']),
    );
    expect(talks?.factuality).toBe('DENIED');
  });

  it('lets an agency assert what it reports without being a participant', () => {
    const [talks] = analyze('ذكرت وكالة رويترز أن مفاوضات بدأت في جدة بين الجيش السوداني وقوات الدعم السريع');
    expect(talks?.claims).toEqual(['Reuters:ASSERTS']);
    expect(talks?.factuality).toBe('REPORTED');
  });

  it('makes a reacting actor assert the event it welcomes, not a party to it', () => {
    const events = analyze(
      'وقعت روسيا وأوكرانيا اتفاقا لتبادل الأسرى في جدة أمس. ورحبت وزارة الخارجية المصرية بالاتفاق.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).not.toContain('Egypt:PARTY');
    expect(events[0]?.claims).toEqual(['Foreign Ministry of Egypt:ASSERTS']);
  });

  it('makes a condemning actor assert the attack it condemns, not its author', () => {
    const events = analyze('قصفت القوات الروسية مدينة خاركيف أمس. ودانت مصر الهجوم.');
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toContain('Russian Armed Forces:INITIATOR');
    expect(events[0]?.participants).not.toContain('Egypt:INITIATOR');
    expect(events[0]?.claims).toEqual(['Egypt:ASSERTS']);
  });

  it('ends the speaker phrase at a modifier naming its patron', () => {
    const [attack] = analyze(
      'وأعلنت قوات الدعم السريع المدعومة من روسيا مسؤوليتها عن الهجوم على مدينة نيالا',
    );
    expect(attack?.claims).toEqual(['Rapid Support Forces:ASSERTS']);
    expect(attack?.participants).toContain('Rapid Support Forces:INITIATOR');
    expect(attack?.participants).not.toContain('Russia:INITIATOR');
  });

  it('makes the source a relay quotes assert too, but not a nisba of an unnamed source', () => {
    const [quoted] = analyze(
      'ونقلت وكالة رويترز عن وزارة الدفاع الروسية قولها إن قواتها قصفت مدينة خاركيف أمس.',
    );
    expect(quoted?.claims).toEqual(['Reuters:ASSERTS', 'Russian Defence Ministry:ASSERTS']);
    const [unnamed] = analyze('ونقلت وكالة رويترز عن مصدر سوداني أن الجيش السوداني قصف مدينة نيالا.');
    expect(unnamed?.claims).toEqual(['Reuters:ASSERTS']);
  });

  it('makes the outlet a speaker told assert beside the speaker', () => {
    const [attack] = analyze('وقال المتحدث باسم قوات الدعم السريع لرويترز إن قواته هاجمت مدينة نيالا.');
    expect(attack?.claims).toEqual(['Rapid Support Forces:ASSERTS', 'Reuters:ASSERTS']);
  });

  it('does not make a speaker who acts for no armed actor the author of the attack it reports', () => {
    const [attack] = analyze('أعلن محمد شياع السوداني أن 20 شخصا قتلوا في قصف استهدف مدينة نيالا');
    expect(attack?.claims).toEqual(['Mohammed Shia al-Sudani:ASSERTS']);
    expect(attack?.participants).not.toContain('Mohammed Shia al-Sudani:INITIATOR');
  });

  it('reads a capital after a present-tense reporting verb as its state speaking', () => {
    const [capture] = analyze('وتقول موسكو إن قواتها سيطرت على مدينة خاركيف.');
    expect(capture?.claims).toEqual(['Russia:ASSERTS']);
  });

  it('reads a denial with an object pronoun (وهو ما تنفيه X) as a denial', () => {
    const [attack] = analyze(
      'واتهمت روسيا قوات الدعم السريع بقصف مدينة نيالا، وهو ما تنفيه قوات الدعم السريع.',
    );
    expect(attack?.claims).toEqual(['Russia:ASSERTS', 'Rapid Support Forces:DENIES']);
    expect(attack?.factuality).toBe('DISPUTED');
  });

  it('lets a denial placed after what it denies (وهو ما نفته X) cover the act before it, not the one after', () => {
    const [attack, counter] = analyze(
      'واتهمت أوكرانيا روسيا بقصف محطة كهرباء في خاركيف، وهو ما نفته روسيا التي قالت إنها ترد على هجوم أوكراني.',
    );
    expect(attack?.claims).toEqual(['Ukraine:ASSERTS', 'Russia:DENIES']);
    expect(counter?.claims).toEqual([]);
  });

  it('reads blame (محملة X المسؤولية) as an accusation of the event before it, the reporter not its subject', () => {
    const [attack] = analyze(
      'أعلنت وزارة الدفاع الروسية اليوم ارتفاع حصيلة القصف الذي استهدف مدينة نيالا أمس، محملة قوات الدعم السريع المسؤولية عنه.',
    );
    expect(attack).toMatchObject({ date: '2024-05-15', place: 'Nyala' });
    expect(attack?.participants).toContain('Rapid Support Forces:INITIATOR');
    expect(attack?.participants).not.toContain('Russia:INITIATOR');
    expect(attack?.claims).toEqual(['Russian Defence Ministry:ASSERTS']);
  });

  it('finds the speaker before an auxiliary (X قد أعلن)', () => {
    const [accord] = analyze(
      'وكان وزير الدفاع الروسي قد أعلن أمس توصل الجيش السوداني وقوات الدعم السريع إلى اتفاق.',
    );
    expect(accord?.claims).toEqual(['Russia:ASSERTS']);
  });

  it('makes every issuer of a joint statement (بيان مشترك صادر عن X وY) assert', () => {
    const [attack] = analyze(
      'وقال بيان مشترك صادر عن روسيا والولايات المتحدة إن قوات الدعم السريع هاجمت مدينة نيالا.',
    );
    expect(attack?.claims).toEqual(['United States:ASSERTS', 'Russia:ASSERTS']);
  });

  it('reads describing an event (ووصف X الهجوم بأنه) as asserting it, not acting in it', () => {
    const events = analyze('قصفت القوات الروسية مدينة خاركيف أمس. ووصف رئيس وزراء مصر الهجوم بأنه جريمة.');
    expect(events).toHaveLength(1);
    expect(events[0]?.claims).toEqual(['Egypt:ASSERTS']);
    expect(events[0]?.participants).not.toContain('Egypt:INITIATOR');
  });
});

describe('a spokesperson and the body they speak for', () => {
  it('gives the claim to the body as well as to its spokesperson', () => {
    const [attack] = analyze(
      'وقال المتحدث باسم قوات الدعم السريع محمد المختار إن قواته قصفت مواقع للجيش في الفاشر.',
    );
    expect(attack?.claims).toEqual(expect.arrayContaining(['Rapid Support Forces:ASSERTS']));
    expect(attack?.claims.some((c) => c.endsWith(':ASSERTS') && !c.startsWith('Rapid'))).toBe(true);
  });

  it('gives no claim to a body the speaker is only said to be from', () => {
    const [attack] = analyze('وقال مسؤول في قوات الدعم السريع محمد المختار إن القصف طال الفاشر.');
    expect(attack?.claims ?? []).not.toContain('Rapid Support Forces:ASSERTS');
  });

  it('gives a stance noun whose own subject follows it (بعد رفض سائقيها) no speaker named before', () => {
    const [attack] = analyze(
      'أعلنت قوات الدعم السريع استهداف قافلة قرب الفاشر، مشيرة إلى أن عملية استهداف القافلة جاءت بعد رفض سائقيها الاستجابة للنداءات التحذيرية.',
    );
    expect(attack?.claims).toEqual(['Rapid Support Forces:ASSERTS']);
  });

  it('reads "rejected claims that" as a denial, and stops the speaker at what it denies (نفت X صحة إعلان Y)', () => {
    const [attack] = analyze(
      'The Rapid Support Forces rejected claims by the Sudanese Armed Forces that RSF fighters had attacked Nyala.',
    );
    expect(attack?.claims).toEqual(['Rapid Support Forces:DENIES']);
    const [capture] = analyze('ونفت قوات الدعم السريع صحة إعلان القوات المسلحة السودانية السيطرة على نيالا.');
    expect(capture?.claims).toEqual(['Rapid Support Forces:DENIES']);
  });
});
