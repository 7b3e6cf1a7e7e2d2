import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('an attribution placed after what it reports', () => {
  it('covers the events before a postposer (وفق ما أفادت به X), not those after it', () => {
    const events = analyze(
      'سيطرت قوات الدعم السريع على مدينة نيالا، وفق ما أفادت به وكالة سونا، بعد معارك استمرت يومين.',
    );
    const capture = events.find((e) => e.type === 'CAPTURE');
    expect(capture?.claims).toEqual(['Sudan News Agency:ASSERTS']);
    for (const other of events.filter((e) => e.type !== 'CAPTURE')) expect(other.claims).toEqual([]);
  });

  it('reads "على ما أعلنت X" after the report as X asserting it', () => {
    const [talks] = analyze('بدأت في جدة محادثات بين روسيا وأوكرانيا أمس، على ما أعلنت السعودية.');
    expect(talks?.claims).toEqual(['Saudi Arabia:ASSERTS']);
  });

  it('reads "according to X" at the end of a sentence as covering what comes before it', () => {
    const [attack] = analyze(
      'Russian forces shelled Kharkiv on Monday, killing 12 people, according to Reuters.',
    );
    expect(attack?.claims).toEqual(['Reuters:ASSERTS']);
  });

  it('still reads an attribution opening its sentence as covering what follows', () => {
    const [attack] = analyze('وبحسب وكالة سونا، قصفت قوات الدعم السريع مدينة الفاشر أمس.');
    expect(attack?.claims).toEqual(['Sudan News Agency:ASSERTS']);
  });

  it('reads a tail report (", X said") as asserting the events before it', () => {
    const [attack] = analyze(
      'Rapid Support Forces shelled El Fasher overnight, the Sudan News Agency reported.',
    );
    expect(attack?.claims).toEqual(['Sudan News Agency:ASSERTS']);
  });

  it('does not read a cue deep inside a later clause as a tail report', () => {
    const [accord] = analyze(
      'Russia and Ukraine signed a prisoner exchange deal in Jeddah, and the two sides held more talks that Reuters said lasted hours.',
    );
    expect(accord?.claims ?? []).not.toContain('Reuters:ASSERTS');
  });
});

describe('events named only to date the report', () => {
  it('does not make a speaker assert the event of a time adjunct (منذ الإعلان عن اتفاق)', () => {
    const events = analyze(
      'وقالت وكالة سونا إن القوات المسلحة السودانية قصفت مدينة نيالا منذ الإعلان عن اتفاق وقف إطلاق النار في جدة.',
    );
    expect(events.find((e) => e.type === 'ATTACK')?.claims).toEqual(['Sudan News Agency:ASSERTS']);
    expect(events.find((e) => e.type === 'AGREEMENT')?.claims).toEqual([]);
  });

  it('still covers the event of a time adjunct when the report names nothing else', () => {
    const [talks] = analyze('وقالت وكالة سونا إن ذلك جاء بعد محادثات بين روسيا وأوكرانيا في جدة.');
    expect(talks?.type).toBe('NEGOTIATION');
    expect(talks?.claims).toEqual(['Sudan News Agency:ASSERTS']);
  });
});

describe('speakers named again by a noun, and spokespeople', () => {
  it('resolves "وأوضحت الوزارة" to the ministry named before', () => {
    const events = analyze(
      'أصدرت وزارة الدفاع الروسية بيانا أمس. وأوضحت الوزارة في البيان أن القوات المسلحة الروسية سيطرت على مدينة خاركيف.',
    );
    const capture = events.find((e) => e.type === 'CAPTURE');
    expect(capture?.claims).toEqual(['Russian Defence Ministry:ASSERTS']);
  });

  it('resolves "the ministry said" in English', () => {
    const events = analyze(
      'The Russian Defence Ministry issued a statement on Monday. The ministry said Russian forces captured Kharkiv.',
    );
    const capture = events.find((e) => e.type === 'CAPTURE');
    expect(capture?.claims).toContain('Russian Defence Ministry:ASSERTS');
  });

  it('gives the claim of a spokesperson "باسمها" to the body that spoke just before', () => {
    const events = analyze(
      'ونفت قوات الدعم السريع قصف مدينة الفاشر، وقال المتحدث باسمها العميد نبيل عبد الله إن القوات المسلحة السودانية قصفت مدينة نيالا.',
    );
    const nyala = events.find((e) => e.place === 'Nyala');
    expect(nyala?.claims).toContain('Rapid Support Forces:ASSERTS');
    expect(nyala?.claims.length).toBe(2);
  });

  it('gives the claim to the body of a spokesperson named before the cue (وكان المتحدث باسم X، فلان، قال)', () => {
    const [attack] = analyze(
      'وكان المتحدث باسم قوات الدعم السريع، العميد نبيل عبد الله، قال أمس إن القوات المسلحة السودانية قصفت مدينة نيالا.',
    );
    expect(attack?.claims).toContain('Rapid Support Forces:ASSERTS');
    expect(attack?.claims.length).toBe(2);
  });

  it('takes the person in apposition after a title chain for the speaker (قائد X، العميد فلان،)', () => {
    const [attack] = analyze(
      'وقال قائد قوات الدعم السريع، العميد نبيل عبد الله، إن القوات المسلحة السودانية قصفت مدينة نيالا.',
    );
    expect(attack?.claims).toHaveLength(1);
    expect(attack?.claims).not.toContain('Rapid Support Forces:ASSERTS');
  });

  it('does not take whom the speaker told for the speaker (أبلغ فلان رئيس الوزراء فلانا بأن)', () => {
    const [attack] = analyze(
      'وأبلغ العميد نبيل عبد الله رئيس الوزراء محمد شياع السوداني بأن القوات المسلحة السودانية قصفت مدينة نيالا.',
    );
    expect(attack?.claims).toHaveLength(1);
    expect(attack?.claims).not.toContain('Mohammed Shia al-Sudani:ASSERTS');
  });

  it('gives the claim to the body named before "spokesman" in English', () => {
    const [capture] = analyze(
      'Russian Defence Ministry spokesman Igor Konashenkov said Russian forces captured Kharkiv.',
    );
    expect(capture?.claims).toContain('Russian Defence Ministry:ASSERTS');
    expect(capture?.claims).toHaveLength(2);
  });

  it('does not take a state named by a nisba for the speaker (مصادر أمنية سودانية)', () => {
    const [attack] = analyze('وقالت مصادر أمنية سودانية إن قوات الدعم السريع قصفت مدينة الفاشر.');
    expect(attack?.claims ?? []).not.toContain('Sudan:ASSERTS');
  });
});

describe('the subject before a cue', () => {
  it('is not an outlet in a byline before a colon (جدة- رويترز: أعلنت X)', () => {
    const [capture] = analyze('جدة- رويترز: أعلنت قوات الدعم السريع أنها سيطرت على مدينة نيالا أمس.');
    expect(capture?.claims).toEqual(['Rapid Support Forces:ASSERTS']);
  });

  it('is not a nisba closing the report before an attribution (..., بحسب X)', () => {
    const [attack] = analyze(
      'قصفت قوات الدعم السريع سوقا في مدينة نيالا وقتلت 20 مدنيا سودانيا، بحسب وكالة سونا.',
    );
    expect(attack?.claims).toEqual(['Sudan News Agency:ASSERTS']);
  });
});

describe('where an English speaker stands', () => {
  it('does not take the subject of the report for the speaker of "said"', () => {
    const [attack] = analyze('The governor said Russia shelled Kharkiv on Monday.');
    expect(attack?.claims ?? []).not.toContain('Russia:ASSERTS');
  });

  it('does not take the owner in a possessive for the source ("according to Ukraine\'s air force")', () => {
    const [attack] = analyze("Russian forces shelled Kharkiv overnight, according to Ukraine's air force.");
    expect(attack?.claims ?? []).not.toContain('Ukraine:ASSERTS');
  });
});

describe('an accusation in a participle (..., accusing X of / متهمة X بـ)', () => {
  it('is made by the subject of the sentence, the accused the author', () => {
    const attacks = analyze('Russian forces struck Kharkiv on Monday, accusing Ukraine of shelling Moscow.');
    const moscow = attacks.find((e) => e.place === 'Moscow');
    expect(moscow?.claims).toEqual(['Russian Armed Forces:ASSERTS']);
    expect(moscow?.participants).toContain('Ukraine:INITIATOR');
  });

  it('is made by the speaker just before it', () => {
    const [attack] = analyze(
      'وأعلنت الحكومة السودانية مقتل 12 شخصا في مدينة الفاشر، متهمة قوات الدعم السريع بقصف المدينة.',
    );
    expect(attack?.claims).toEqual(['Government of Sudan:ASSERTS']);
    expect(attack?.participants).toContain('Rapid Support Forces:INITIATOR');
  });
});

describe('a denial that the event exists', () => {
  it('reads "there was no agreement" as the speaker denying it', () => {
    const [accord] = analyze('Russia said there was no agreement with Ukraine in Jeddah.');
    expect(accord?.claims).toEqual(['Russia:DENIES']);
  });

  it('reads "لا يوجد اتفاق" as the speaker denying it', () => {
    const [accord] = analyze('وقالت روسيا إنه لا يوجد أي اتفاق مع أوكرانيا.');
    expect(accord?.claims).toEqual(['Russia:DENIES']);
  });

  it('does not reach past "but" into a new clause', () => {
    const events = analyze(
      'Russia said there was no agreement with Ukraine, but Russian forces shelled Kharkiv on Monday.',
    );
    expect(events.find((e) => e.type === 'ATTACK')?.claims).toEqual([]);
  });
});

describe('an outlet told in English', () => {
  it('makes the outlet right after "told" assert what the unnamed source said', () => {
    const [attack] = analyze(
      'A Ukrainian official told Reuters that Russian forces shelled Kharkiv overnight.',
    );
    expect(attack?.claims).toEqual(['Reuters:ASSERTS']);
  });

  it('does so in a tail report too', () => {
    const [attack] = analyze('Russian forces shelled Kharkiv overnight, a source told Reuters.');
    expect(attack?.claims).toEqual(['Reuters:ASSERTS']);
  });
});

describe('suspensions and admissions', () => {
  it('reads "أعلن X تعليق المحادثات" as X rejecting the talks', () => {
    const [talks] = analyze('وكانت روسيا قد أعلنت أمس تعليق المحادثات مع أوكرانيا في جدة.');
    expect(talks?.type).toBe('NEGOTIATION');
    expect(talks?.claims).toContain('Russia:REJECTS');
  });

  it('reads "X suspended talks" as X rejecting them', () => {
    const [talks] = analyze('Russia suspended its talks with Ukraine in Jeddah on Monday.');
    expect(talks?.claims).toEqual(['Russia:REJECTS']);
  });

  it('does not read "no comment" (لم يصدر تعليق) as a rejection', () => {
    const events = analyze('ولم يصدر تعليق فوري من روسيا على المحادثات مع أوكرانيا في جدة.');
    for (const event of events) expect(event.claims).not.toContain('Russia:REJECTS');
  });

  it('reads an admission (أقرت X بـ) as X asserting the event', () => {
    const [withdrawal] = analyze('أقرت روسيا بانسحاب قواتها من مدينة خاركيف.');
    expect(withdrawal?.type).toBe('WITHDRAWAL');
    expect(withdrawal?.claims).toEqual(['Russia:ASSERTS']);
  });
});

describe('a nisba after a side noun (الجانب الروسي)', () => {
  it('names the side that speaks, where a nisba after other nouns names no speaker', () => {
    const [side] = analyze('وقال الجانب الروسي إن قوات الدعم السريع هاجمت مدينة نيالا.');
    expect(side?.claims).toEqual(['Russia:ASSERTS']);
    const [sources] = analyze('وقالت مصادر أمنية سودانية إن قوات الدعم السريع هاجمت مدينة نيالا.');
    expect(sources?.claims).toEqual([]);
  });
});
