import { describe, expect, it } from 'vitest';
import { linkEntities, topLevel } from '../../extract/link.js';
import { compileResources, loadLexiconFiles } from '../../extract/resources.js';
import { tokenize } from '../../extract/tokens.js';
import { Gazetteer } from '../../gazetteer/load.js';
import type { GazetteerRecord } from '../../gazetteer/types.js';
import { place, state, TEST_RECORDS, testResources } from './fixtures.js';

/** The test gazetteer with a few more records. */
const withRecords = (...records: GazetteerRecord[]) =>
  compileResources(new Gazetteer([...TEST_RECORDS, ...records]), loadLexiconFiles());

const link = (text: string) =>
  linkEntities(tokenize(text), testResources()).map((m) => ({
    name: m.entity.name,
    text: m.text,
    nested: m.nested,
  }));

/** Names of the mentions not nested in a longer one. */
const topNames = (text: string) =>
  link(text)
    .filter((m) => !m.nested)
    .map((m) => m.name);

describe('linkEntities', () => {
  it('reads a name in brackets after a dateline as the agency, whatever else the name stands for', () => {
    const resources = withRecords(
      {
        name: 'Kachin Army',
        type: 'ACTOR',
        kind: 'ARMED_GROUP',
        names: { en: 'Kachin Army' },
        aliases: ['KA'],
      },
      { name: 'Kenya Agency', type: 'ACTOR', kind: 'MEDIA', names: { en: 'Kenya Agency' }, aliases: ['KA'] },
    );
    const names = (text: string) => linkEntities(tokenize(text), resources).map((m) => m.entity.name);
    expect(names('JEDDAH (KA) - Talks resumed in Jeddah.')).toContain('Kenya Agency');
    expect(names('Talks resumed in Jeddah. The KA (KA) seized a town.')).not.toContain('Kenya Agency');
  });

  it('strips clitics and points mentions past them', () => {
    const found = link('وصل الوفد إلى جدة وبالفاشر وللسودان');
    expect(found).toContainEqual({ name: 'Jeddah', text: 'جدة', nested: false });
    expect(found).toContainEqual({ name: 'El Fasher', text: 'الفاشر', nested: false });
    expect(found).toContainEqual({ name: 'Sudan', text: 'سودان', nested: false });
  });

  it('strips no clitic from the second half of a hyphenated name, and still does after a spaced dash', () => {
    const names = (text: string) => link(text).map((m) => m.name);
    expect(names('تقدمت القوات نحو قرية كفر-بمصر في دارفور')).not.toContain('Egypt');
    expect(names('وصل الوفد إلى جدة - وبالفاشر')).toContain('El Fasher');
  });

  it("reads a state's government as the body named after the state, not a regional one listed before it", () => {
    const body = (name: string, ar: string): GazetteerRecord => ({
      name,
      type: 'ACTOR',
      kind: 'GOVERNMENT_BODY',
      names: { ar, en: name },
      aliases: [],
      memberOf: 'Sudan',
    });
    const resources = withRecords(
      body('Darfur Regional Government', 'حكومة إقليم دارفور'),
      body('Government of Sudan', 'حكومة السودان'),
    );
    const names = linkEntities(tokenize('وقالت الحكومة السودانية إن المحادثات مستمرة'), resources).map(
      (m) => m.entity.name,
    );
    expect(names).toContain('Government of Sudan');
    expect(names).not.toContain('Darfur Regional Government');
  });

  it("keeps no other state inside a state's name, and keeps a state inside a body's name", () => {
    const resources = withRecords(state('South Sudan', 'جنوب السودان'));
    const names = (text: string) => linkEntities(tokenize(text), resources).map((m) => m.entity.name);
    expect(names('وقعت جنوب السودان اتفاقا مع جيرانها')).toEqual(['South Sudan']);
    expect(names('قالت القوات المسلحة السودانية إنها صدت الهجوم')).toEqual([
      'Sudanese Armed Forces',
      'Sudan',
    ]);
  });

  it('derives nisba forms of a state by rule', () => {
    const names = link('قالت مصادر سودانية إن المسؤولين الليبيين والإثيوبية والروسي').map((m) => m.name);
    expect(names).toEqual(['Sudan', 'Libya', 'Ethiopia', 'Russia']);
  });

  it('reads "army + nisba" as the state armed forces, keeping the state as a nested mention', () => {
    const found = link('قصف الجيش السوداني مواقع الدعم السريع');
    expect(found[0]).toEqual({ name: 'Sudanese Armed Forces', text: 'الجيش السوداني', nested: false });
    expect(found[1]).toMatchObject({ name: 'Sudan', nested: true });
    expect(found[2]).toMatchObject({ name: 'Rapid Support Forces' });
  });

  it('prefers the compound name over its parts', () => {
    const mentions = topLevel(linkEntities(tokenize('أعلنت وزارة الدفاع الروسية'), testResources()));
    expect(mentions.map((m) => m.entity.name)).toEqual(['Russian Defence Ministry']);
  });

  it('reads a country off whose coast or in whose waters something happens as the place', () => {
    const types = (text: string) =>
      linkEntities(tokenize(text), testResources()).map((m) => `${m.entity.name}:${m.entity.type}`);
    expect(types('استهدفت المسيرات سفينة قبالة سواحل ليبيا')).toEqual(['Libya:PLACE']);
    expect(types('A ship was struck off the coast of Libya')).toEqual(['Libya:PLACE']);
  });

  it("reads a prime minister's office with the state's nisba or name as that state's body", () => {
    expect(topNames('وقال مكتب رئيس الوزراء السوداني إن المحادثات مستمرة')).toEqual([
      "Prime Minister's Office of Sudan",
    ]);
    expect(topNames("Sudan's prime minister's office said the talks would go on")).toEqual([
      "Prime Minister's Office of Sudan",
    ]);
  });

  it("reads a junta before في and a state's name, or after the state's name in English, as that state's junta", () => {
    expect(topNames('وقال المجلس العسكري الحاكم في السودان إن المحادثات مستمرة')).toEqual([
      'Military junta of Sudan',
    ]);
    expect(topNames("Sudan's military junta said the talks would go on")).toEqual([
      'Military junta of Sudan',
    ]);
    expect(topNames('وقال الجيش في السودان إن المحادثات مستمرة')).toEqual(['Sudan']);
  });

  it('reads a capital as its state when it acts and as the city after "في"', () => {
    expect(link('وصل وفد موسكو')[0]?.name).toBe('Russia');
    expect(link('انفجار في موسكو')[0]?.name).toBe('Moscow');
  });

  it('reads the second of a pair of names like the first: places after "في"/"in", actors after "بين" or officials "من"', () => {
    const types = (text: string) =>
      linkEntities(tokenize(text), testResources()).map((m) => `${m.entity.name}:${m.entity.type}`);
    expect(types('شنت روسيا غارات على مواقع في السودان وليبيا')).toEqual([
      'Russia:ACTOR',
      'Sudan:PLACE',
      'Libya:PLACE',
    ]);
    expect(types('Russia struck targets in Sudan and Libya')).toEqual([
      'Russia:ACTOR',
      'Sudan:PLACE',
      'Libya:PLACE',
    ]);
    expect(types('محادثات بين موسكو وكييف')).toEqual(['Russia:ACTOR', 'Ukraine:ACTOR']);
    expect(types('اجتمع الوفدان بحضور مسؤولين من مصر وقطر')).toEqual(['Egypt:ACTOR', 'Qatar:ACTOR']);
    expect(types('Talks were held with officials from Egypt and Qatar')).toEqual([
      'Egypt:ACTOR',
      'Qatar:ACTOR',
    ]);
  });

  it('reads a capital after a verbal noun of saying or a verb of warning as its state', () => {
    expect(link('بعد ساعات من إعلان موسكو سحب قواتها')[0]?.name).toBe('Russia');
    expect(link('وحذرت كييف من هجوم جديد')[0]?.name).toBe('Ukraine');
  });

  it('reads an ambiguous nisba as a person at the start of a clause and as the state after a noun', () => {
    expect(link('السوداني ينفي تعرض العراق لتهديد')[0]?.name).toBe('Mohammed Shia al-Sudani');
    expect(link('قال الجيش السوداني')[1]?.name).toBe('Sudan');
  });

  it("reads a state's adjective on a territory noun as its country, the place", () => {
    const [territory] = linkEntities(tokenize('أطلقت صواريخ على الأراضي الروسية'), testResources());
    expect(territory?.entity).toMatchObject({ name: 'Russia', type: 'PLACE', kind: 'COUNTRY' });
  });

  it("drops a world region inside an actor's name and keeps a state's region there", () => {
    const found = link(
      'تبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم واتهمت جبهة تحرير شعب تيغراي الجيش',
    );
    expect(found.map((m) => m.name)).toEqual(['AQIM', 'TPLF', 'Tigray Region']);
    expect(link('انتشر المقاتلون في بلاد المغرب')).toEqual([
      { name: 'Maghreb', text: 'بلاد المغرب', nested: false },
    ]);
  });

  it('leaves a word that only describes the body out of the mention, keeping the longer form as an alias', () => {
    const [hamas] = linkEntities(tokenize('وأعلنت لحركة حماس قبول المقترح'), testResources());
    expect(hamas).toMatchObject({ text: 'حماس', aliases: ['حركة حماس'] });
    expect(link('وقال متحدث باسم حركة 23 مارس')[0]).toMatchObject({ name: 'M23', text: 'حركة 23 مارس' });
    expect(link('ونقلت صحيفة الفاشر عن شهود')[0]).toMatchObject({
      name: 'Al-Fashir Newspaper',
      text: 'الفاشر',
    });
    expect(link('وعبرت السفن قناة السويس')[0]).toMatchObject({ name: 'Suez Canal', text: 'قناة السويس' });
  });

  it('prefers a facility after a facility word', () => {
    expect(link('قصفت الطائرات ميناء بورتسودان')[0]?.name).toBe('Port of Sudan');
  });
});

describe('facilities named after their town', () => {
  const names = (text: string) =>
    linkEntities(tokenize(text), testResources())
      .filter((m) => !m.nested)
      .map((m) => `${m.entity.name}/${m.entity.kind}`);

  it('reads a facility head before a town as a facility of that town', () => {
    expect(names('وسيطرت حركة إم 23 على مطار غوما بعد معارك عنيفة')).toContain('Goma Airport/FACILITY');
  });

  it('reads a facility head before a quoted name as that facility, the quoted name its alias', () => {
    const [hotel] = linkEntities(
      tokenize('قصفت قوات الدعم السريع فندق "السلام" في مدينة نيالا'),
      testResources(),
    ).filter((m) => m.entity.kind === 'FACILITY');
    expect(hotel?.entity.name).toBe('al-Salam Hotel');
    expect(hotel?.aliases).toEqual(['السلام']);
  });

  it("reads a facility head before a definite state's adjective as that state's facility, quoted or not", () => {
    expect(names('وقصفت روسيا المستشفى الأوكراني في خاركيف')).toContain('Ukraine Hospital/FACILITY');
    expect(names('وقصفت روسيا مستشفى الأوكراني في خاركيف')).toContain('Ukraine Hospital/FACILITY');
    expect(names('وقصفت روسيا مستشفى "الأوكراني" في خاركيف')).toContain('Ukraine Hospital/FACILITY');
    expect(names('وقصفت روسيا مستشفى أوكرانيا في خاركيف')).not.toContain('Ukraine Hospital/FACILITY');
    expect(names('وقصفت روسيا مستشفى أوكراني في خاركيف')).not.toContain('Ukraine Hospital/FACILITY');
  });

  it('makes no facility of a head word before a state', () => {
    expect(names('وعادت الطائرة إلى قاعدة روسيا الجوية')).not.toContain('Russia Base/FACILITY');
  });
});

describe('English adjectives of states', () => {
  const resources = withRecords({
    name: 'Ghana',
    type: 'ACTOR',
    kind: 'STATE',
    names: { ar: 'غانا', en: 'Ghana' },
    aliases: ['Ghana'],
    demonyms: ['Ghanaian'],
  });

  it('reads an English adjective of a state as an adjectival mention of it', () => {
    const [mention] = linkEntities(tokenize('The UN named a Ghanaian diplomat as envoy.'), resources);
    expect(mention?.entity.name).toBe('Ghana');
    expect(mention?.adjectival).toBe(true);
  });
});

describe('acronyms', () => {
  const resources = withRecords(state('United States', 'الولايات المتحدة', ['US']));
  const names = (text: string) => linkEntities(tokenize(text), resources).map((m) => m.entity.name);

  it('links an acronym only where it is written in capitals ("us" is a pronoun)', () => {
    expect(names('The US imposed new sanctions.')).toEqual(['United States']);
    expect(names('They told us the talks had failed.')).toEqual([]);
  });
});

describe('capitals standing for their states', () => {
  const resources = withRecords(
    state('Rwanda', 'رواندا', ['كيغالي']),
    place('Kigali', 'CITY', 'كيغالي', null),
  );
  const first = (text: string) => linkEntities(tokenize(text), resources)[0];

  it('reads a capital right before the verb of an act as its state acting, a noun even when it ends like a nisba', () => {
    const kigali = linkEntities(tokenize('إن كيغالي أرسلت قوات إلى المنطقة'), resources)[0];
    expect(kigali?.entity.name).toBe('Rwanda');
    expect(kigali?.adjectival).toBe(false);
  });

  it('keeps the capital a city where it is the place of the act', () => {
    expect(first('وصلت التعزيزات إلى كيغالي أمس')?.entity.name).toBe('Kigali');
  });
});

describe('names that are also ordinary words', () => {
  const resources = withRecords(
    {
      name: 'Al-Bab',
      type: 'PLACE',
      kind: 'CITY',
      names: { ar: 'الباب', en: 'Al-Bab' },
      aliases: [],
      partOf: null,
      commonWords: ['الباب'],
    },
    {
      name: 'Hit',
      type: 'PLACE',
      kind: 'TOWN',
      names: { ar: 'هيت', en: 'Hit' },
      aliases: [],
      partOf: null,
      commonWords: ['هيت', 'Hit'],
    },
    {
      name: 'Saudi Arabia',
      type: 'ACTOR',
      kind: 'STATE',
      names: { ar: 'السعودية', en: 'Saudi Arabia' },
      aliases: ['الرياض'],
    },
    {
      name: 'Riyadh',
      type: 'PLACE',
      kind: 'CITY',
      names: { ar: 'الرياض', en: 'Riyadh' },
      aliases: [],
      partOf: 'Saudi Arabia',
    },
  );
  const names = (text: string) => linkEntities(tokenize(text), resources).map((m) => m.entity.name);

  it('links a place named like an ordinary word only right after a place word', () => {
    expect(names('طرق المسلحون الباب ثم دخلوا المنزل')).toEqual([]);
    expect(names('سيطرت الفصائل على مدينة الباب')).toEqual(['Al-Bab']);
    expect(names('اندلعت اشتباكات قرب الباب شمال حلب')).toContain('Al-Bab');
    expect(names('A drone hit the market')).toEqual([]);
    expect(names('Clashes broke out near Hit')).toEqual(['Hit']);
  });

  it("derives no nisba from a state's capital that is an ordinary word", () => {
    expect(names('قال مسؤول سعودي')).toEqual(['Saudi Arabia']);
    expect(names('عاد الفريق من البطولة الرياضية بعد درس الرياضيات')).toEqual([]);
  });
});

describe('a country named as a place', () => {
  const resources = withRecords(state('Chad', 'تشاد', ['Chad']), place('Chad', 'COUNTRY', 'تشاد', null));
  const first = (text: string) => linkEntities(tokenize(text), resources)[0]?.entity.type;

  it('reads a country after "the border with" as the place, in English and Arabic', () => {
    expect(first('Gunmen attacked a town near the border with Chad.')).toBe('PLACE');
    expect(first('هاجم مسلحون بلدة قرب الحدود مع تشاد.')).toBe('PLACE');
  });
});
