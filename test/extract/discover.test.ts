import { describe, expect, it } from 'vitest';
import { discoverEntities, withHonorifics } from '../../extract/discover.js';
import { linkEntities } from '../../extract/link.js';
import { tokenize } from '../../extract/tokens.js';
import { testResources } from './fixtures.js';

const discover = (text: string) => {
  const tokens = tokenize(text);
  return discoverEntities(tokens, linkEntities(tokens, testResources()), testResources()).map((m) => ({
    text: m.text,
    kind: m.entity.kind,
  }));
};

/** Each discovered mention as KIND:text. */
const found = (text: string) => discover(text).map((m) => `${m.kind}:${m.text}`);

describe('discoverEntities', () => {
  it('finds a name after a title and its affiliation', () => {
    expect(discover('وقال المتحدث باسم قوات الدعم السريع محمد المختار إن القوات تقدمت')).toEqual([
      { text: 'محمد المختار', kind: 'PERSON' },
    ]);
    expect(discover('وقال مدير وكالة المخابرات وليام بيرنز إن المحادثات جادة')).toEqual([
      { text: 'وليام بيرنز', kind: 'PERSON' },
    ]);
  });

  it('reads "the martyr" and "the late" as titles before a name, not as its first words', () => {
    expect(found('وقال إن المجلس اختار قائدا خلفا للشهيد عرفات')).toEqual(['PERSON:عرفات']);
    expect(found('The council named a successor to the late Yasser Arafat.')).toEqual([
      'PERSON:Yasser Arafat',
    ]);
  });

  it('makes no person of English capitalized words before a place word (Sheikh Radwan district)', () => {
    expect(found('Israeli strikes hit the Sheikh Radwan district of Gaza City.')).toEqual([]);
    expect(found('Sheikh Tamim Al Thani hosted the talks.')).toEqual(['PERSON:Tamim Al Thani']);
  });

  it("keeps a capital after an apostrophe inside an English name (O'Brien), not a possessive", () => {
    expect(found("The talks in Jeddah were led by US envoy Robert O'Brien, officials said.")).toEqual([
      "PERSON:Robert O'Brien",
    ]);
    expect(found("Hamas's spokesman Hazem Qassem said the talks failed.")).toEqual(['PERSON:Hazem Qassem']);
  });

  it('finds an English name opening a clause before a comma and an apposition that names a title or role', () => {
    expect(
      found('Khaled Youssef, a senior Rapid Support Forces official, told reporters the talks failed.'),
    ).toEqual(['PERSON:Khaled Youssef']);
    expect(found('Amina Mohamed, spokesperson for the Sudanese army, said the town held.')).toEqual([
      'PERSON:Amina Mohamed',
    ]);
    expect(found('Human Rights Watch, a rights group, said the attack killed 10.')).toEqual([]);
  });

  it("makes no person of a vessel's name after a vessel word, a state's nisba between or not", () => {
    expect(found('استهدفت المسيرات الأوكرانية السفينة الروسية (إيفان خورس) في البحر الأسود')).toEqual([]);
    expect(found('استهدفت المسيرات سفينة الشحن (إيفان خورس) في البحر الأسود')).toEqual([]);
  });

  it('ends a name before a lone letter, a preposition written apart (لـ)', () => {
    expect(found('وقال رئيس الوزراء السوداني كامل إدريس لـ "الجزيرة" إن الحرب ستنتهي')).toEqual([
      'PERSON:كامل إدريس',
    ]);
  });

  it('reads عبد الإله as a compound given name, like عبد الله', () => {
    expect(found('وقال وزير الدفاع السوداني عبد الإله حسن إن القوات تقدمت')).toEqual([
      'PERSON:عبد الإله حسن',
    ]);
  });

  it('makes no person of a noun that is also a foreign name (رتل, a convoy)', () => {
    expect(found('وشنت المسيرات هجوما على رتل للجيش الروسي قرب خاركيف')).toEqual([]);
  });

  it('takes what follows a title and a colon for what was said, not for a name', () => {
    expect(discover('رئيس الوزراء السوداني: غياب ترسيم الحدود قد يطيل الحرب')).toEqual([]);
  });

  it('reads شؤون after a minister as part of the title (وزير شؤون الأسرى)', () => {
    expect(discover('ووصل وزير شؤون الأسرى إلى بورتسودان')).toEqual([]);
  });

  it('makes no name of a word written with tanween (دامٍ)', () => {
    expect(discover('وقتل عشرة في هجوم حوثي دامٍ على ميناء بورتسودان')).toEqual([]);
  });

  it('makes no person of a lone word right after a state named without a title (X وY شنتا)', () => {
    expect(discover('وقال الجيش إن روسيا وأوكرانيا شنتا هجمات متبادلة')).toEqual([]);
  });

  it('reads a second title joined by و (وكبير مفاوضيها) as part of the title chain, not of the name', () => {
    expect(discover('وقال المتحدث باسم الحركة وكبير مفاوضيها خالد عمر إن الوفد وصل')).toEqual([
      { text: 'خالد عمر', kind: 'PERSON' },
    ]);
  });

  it('finds a group the gazetteer lacks, but no verbal noun after لـ', () => {
    expect(discover('وتبنت جماعة المرابطين الجدد الهجوم.')).toEqual([
      { text: 'جماعة المرابطين الجدد', kind: 'ARMED_GROUP' },
    ]);
    expect(discover('وشكلت الحكومة لجنة لتنظيم الاستفتاء في الإقليم.')).toEqual([]);
  });

  it('ends a name before the quoting masdar of a relay (قوله، قولها)', () => {
    expect(
      discover('ونقلت رويترز عن المتحدثة باسم الحكومة السودانية سلمى أحمد قولها إن المحادثات ستستأنف'),
    ).toEqual([{ text: 'سلمى أحمد', kind: 'PERSON' }]);
  });

  it('finds the names of a list, each before its description', () => {
    expect(
      discover('ضم الوفد عمر صديق المسؤول عن الملف، وأحمد محمود نائب المبعوث، ومنى علي الموظفة في المكتب'),
    ).toEqual([
      { text: 'عمر صديق', kind: 'PERSON' },
      { text: 'أحمد محمود', kind: 'PERSON' },
      { text: 'منى علي', kind: 'PERSON' },
    ]);
  });

  it('lets no title or list cue announce ordinary words as a person', () => {
    expect(discover('وروى الإمام قصة آخر تجديد للمسجد القديم')).toEqual([]);
    expect(discover('وكانت ثورة الملك والشعب رفضا للاستعمار')).toEqual([]);
    expect(discover('قتل ستة مدنيين بينهم ثلاثة مزارعين محليين في القصف')).toEqual([]);
    expect(discover('أصيب عشرة أشخاص بينهم طلاب جامعيون في الانفجار')).toEqual([]);
    expect(discover('وأرسل القائد قادتها الميدانيين إلى الجبهة')).toEqual([]);
  });

  it('still reads a rarer word after a title as a foreign name, and lists after a delegation', () => {
    expect(discover('قال الجنرال جاسبر جيفرز إن الهدنة صامدة')).toEqual([
      { text: 'جاسبر جيفرز', kind: 'PERSON' },
    ]);
    expect(discover('وكان بين الرهائن المحررين هم نوعا مارون وإيلان كوهين')).toEqual([
      { text: 'نوعا مارون', kind: 'PERSON' },
      { text: 'إيلان كوهين', kind: 'PERSON' },
    ]);
  });

  it('reads a name opening with أل or إل after a title, which is no article', () => {
    expect(discover('وقال وزير الداخلية ألكسندر فوميتشكين إن الحدود مغلقة')).toEqual([
      { text: 'ألكسندر فوميتشكين', kind: 'PERSON' },
    ]);
  });

  it('ends a name at the verb of a list (ضم)', () => {
    expect(discover('وقال وزير الدفاع سليم رضا ضم الوفد قادة الجيش')).toEqual([
      { text: 'سليم رضا', kind: 'PERSON' },
    ]);
  });

  it('keeps the name with its honorific as an alias of the person', () => {
    const tokens = tokenize('واستقبل الرئيس الملا عبد الغني برادر في القصر');
    const found = discoverEntities(tokens, linkEntities(tokens, testResources()), testResources());
    const [person] = withHonorifics(tokens, found, testResources());
    expect([person?.text, person?.aliases]).toEqual(['عبد الغني برادر', ['الملا عبد الغني برادر']]);
  });

  it('takes no organization for a name', () => {
    expect(discover('أعلن رئيس هيئة الأركان أن القوات انسحبت')).toEqual([]);
  });

  it('finds a group named after a group word', () => {
    expect(discover('هاجمت حركة الشباب فندقا في مقديشو')).toEqual([
      { text: 'حركة الشباب', kind: 'ARMED_GROUP' },
    ]);
  });

  it('reads capitalized English names after a title', () => {
    expect(discover('Foreign Minister Ali Sadiq said talks would resume')).toEqual([
      { text: 'Ali Sadiq', kind: 'PERSON' },
    ]);
  });

  it('takes a rarer ordinary word right after a given name for its family name (جورج هانت)', () => {
    expect(discover('وكتب جورج هانت من الحديدة أن القصف استمر')).toEqual([
      { text: 'جورج هانت', kind: 'PERSON' },
    ]);
  });

  it('ends a name at a particle written without its hamza (ان)', () => {
    expect(found('وأوضح المهندس عيدروس ان المشروع توقف')).toEqual(['PERSON:عيدروس']);
  });

  it('takes a definite nisba right after a name for its family name, not one before it', () => {
    expect(found('وأعلن القائد أبو عمر الليبي في درنة أن المقاتلين انسحبوا')).toContain(
      'PERSON:أبو عمر الليبي',
    );
    expect(found('وقال الرئيس الليبي محمد المنفي إن الحوار مستمر')).toContain('PERSON:محمد المنفي');
  });

  it('makes no lone person of an ordinary word behind a clitic or before a verb ending (كأساس، بينت)', () => {
    expect(discover('وكان الاتفاق كأساس للحل في تيغراي')).toEqual([]);
    expect(discover('وشاهد الصحفيون كيف بينت الصور حجم الدمار في خاركيف')).toEqual([]);
    expect(discover('وقالت الوزارة إن الطائرتين كانا في الجو فوق دارفور')).toEqual([]);
  });

  it('ends a name at an ordinary noun in the accusative (ميدانيا)', () => {
    expect(discover('وقال قائد اللواء عمر حسين ميدانيا إن الهجوم فشل')).toEqual([
      { text: 'عمر حسين', kind: 'PERSON' },
    ]);
  });

  it('finds a paper or a company named after its head word: between quotes, or in words of no language', () => {
    expect(found('ونقلت صحيفة «التيار» عن مصادر أن القصف استمر في الفاشر')).toContain('MEDIA:التيار');
    expect(found('وقالت شركة بترونت إن ناقلة الغاز وصلت إلى عدن')).toContain('ORGANIZATION:بترونت');
    expect(discover('وقالت شركة أمنية خاصة إن الحراس انسحبوا من طرابلس')).toEqual([]);
  });

  it('takes one word after a definite title for a name (الجنرال ساريكي), not one after a title in construct', () => {
    expect(found('وزار الجنرال ساريكي مدينة غاو')).toEqual(['PERSON:ساريكي']);
    expect(found('وقال رئيس مهندسي الشركة إن الجسر انهار في موبتي')).toEqual([]);
    expect(found('وعين الفريق تاديسي ويريدي رئيسا للإدارة المؤقتة')).not.toContain('PERSON:تاديسي');
  });

  it('finds an institution or a party named by its head word and the definite words after it', () => {
    expect(found('وأعلن حزب الأمة القومي رفضه للاتفاق في الخرطوم')).toEqual([
      'ORGANIZATION:حزب الأمة القومي',
    ]);
    expect(found('وحذرت جمعية الأطباء للإغاثة من نقص الأدوية في جوبا')).toContain(
      'ORGANIZATION:جمعية الأطباء للإغاثة',
    );
    expect(found('وقالت المنظمة الدولية إن المساعدات وصلت إلى الفاشر')).toEqual([]);
    expect(found('وأصدرت منظمة إنسانية بيانا عن دارفور')).toEqual([]);
  });

  it('reads professions of the news as titles (المراسل), but no word written with tanween as a name after one', () => {
    expect(found('ونقل المراسل غاتلواك دينق صورة الدمار في بانتيو')).toEqual(['PERSON:غاتلواك دينق']);
    expect(found('والتقط المصور صوراً لمبانٍ مدمرة في خاركيف')).toEqual([]);
  });

  it('reads lower-case particles inside a name in Latin letters, and keeps the name as written', () => {
    const tokens = tokenize(
      'RSF adviser Mohammed al-Mokhtar al-Nour and Sheikh Hamad bin Ali Al Thani met in Jeddah.',
    );
    const names = discoverEntities(tokens, linkEntities(tokens, testResources()), testResources()).map(
      (m) => m.entity.name,
    );
    expect(names).toContain('Mohammed al-Mokhtar al-Nour');
    expect(names).toContain('Hamad bin Ali Al Thani');
    expect(found('The talks with al Shabaab ended.')).toEqual([]);
  });
});
