import { describe, expect, it } from 'vitest';
import { discoverEntities } from '../../extract/discover.js';
import { linkEntities } from '../../extract/link.js';
import { tokenize } from '../../extract/tokens.js';
import { testResources } from './fixtures.js';

const persons = (text: string) => {
  const tokens = tokenize(text);
  return discoverEntities(tokens, linkEntities(tokens, testResources()), testResources())
    .filter((m) => m.entity.kind === 'PERSON')
    .map((m) => [m.text, m.entity.name]);
};

describe('person names without a title', () => {
  it('reads a chain of name words as a person, with the usual English spelling', () => {
    expect(persons('واجتمع خافيير سولانا مع وفد الحكومة الكولومبية')).toEqual([
      ['خافيير سولانا', 'Javier Solana'],
    ]);
  });

  it('joins the parts of a name chain with بن and عبد, and keeps the family name with its article', () => {
    expect(persons('وحضر اللقاء العقيد خالد بن حمد العطية قائد القوات القطرية')).toEqual([
      ['خالد بن حمد العطية', 'Khaled bin Hamad Attiyah'],
    ]);
    expect(persons('ووصل عبد الفتاح السيسي إلى نيامي')).toEqual([
      ['عبد الفتاح السيسي', 'Abdel Fattah al-Sisi'],
    ]);
  });

  it('reads a lone name word after a reporting verb and before أن as a person', () => {
    expect(persons('وأوضحت ليفني أن المفاوضات مع الفلسطينيين متوقفة')).toEqual([['ليفني', 'Livni']]);
  });

  it('finds the family name standing alone later in the article', () => {
    const found = persons('التقى ميشال سليمان وفدا من الأمم المتحدة. وقال سليمان إن الجيش سينتشر في الجنوب');
    expect(found.map(([text]) => text)).toEqual(['ميشال سليمان', 'سليمان']);
    expect(new Set(found.map(([, name]) => name))).toEqual(new Set(['Michel Suleiman']));
  });

  it('makes no person of ordinary words, even when they are also given names', () => {
    expect(persons('يقود فريق الوساطة جهود سلام دائم في المنطقة')).toEqual([]);
    expect(persons('وألقى كلمة باللغة العربية أمام جمال الطبيعة')).toEqual([]);
    expect(persons('وقال إن الأمل كبير في التوصل إلى اتفاق')).toEqual([]);
  });

  it('opens a name with a given name that is also an ordinary word when a name word that is none follows', () => {
    expect(persons('وفي جوبا أكد سالم يوسف أن الهدنة صامدة')).toEqual([['سالم يوسف', 'Salem Youssef']]);
    expect(persons('وبقي المخزن سالم الجدران رغم القصف')).toEqual([]);
    expect(persons('وكان الأداء حسن جدا في جولة جوبا')).toEqual([]);
    expect(persons('وفي كابل حذر علي أكبر ولايتي من التصعيد').map(([text]) => text)).toEqual([
      'علي أكبر ولايتي',
    ]);
  });

  it('finds the family name of a listed person standing alone later in the article', () => {
    const tokens = tokenize('استقبل وليام روتو وفد الوسطاء في نيروبي. وأكد روتو دعم الهدنة');
    const found = discoverEntities(tokens, linkEntities(tokens, testResources()), testResources());
    expect(found.map((m) => [m.text, m.entity.name])).toEqual([['روتو', 'William Ruto']]);
  });

  it('reads two name words right after a nationality as a person, not an adjective or a verb', () => {
    expect(persons('وتوج العداء الإثيوبي يوميف كيجيلشا بلقب السباق في نيروبي')).toEqual([
      ['يوميف كيجيلشا', 'Yumif Kijilsha'],
    ]);
    expect(persons('وقال الجيش السوداني الحالي إن القصف مستمر')).toEqual([]);
  });

  it('reads a name after a profession (المخرج، الشاعرة), ending it at a noun with a pronoun', () => {
    expect(persons('وعرض المخرج سبايك لي فيلمه عن الحرب في جوبا').map(([text]) => text)).toEqual([
      'سبايك لي',
    ]);
    expect(persons('وأصيب الطبيب الدكتور سامي أبو صفية في القصف').map(([text]) => text)).toEqual([
      'سامي أبو صفية',
    ]);
  });

  it('keeps the name after عبد in a titled name and drops any other connector left at its end', () => {
    expect(persons('وقرأت الشاعرة دلال عبد العزيز قصيدة عن اللاجئين في كابل')).toEqual([
      ['دلال عبد العزيز', 'Dalal Abdel Aziz'],
    ]);
  });

  it('reads a kunya alone as a name (أبو عبد الله، أم كلثوم)', () => {
    expect(persons('وظهر أبو عبد الله في تسجيل مصور من مخبئه في الجبال').map(([text]) => text)).toEqual([
      'أبو عبد الله',
    ]);
    expect(persons('وغنت أم كلثوم في مسرح الأزبكية').map(([text]) => text)).toEqual(['أم كلثوم']);
  });

  it('takes no frequent word for a family name standing alone (الثاني of عبد الله الثاني)', () => {
    const tokens = tokenize('استقبل عبد الله الثاني وفد الوسطاء. وفي الأسبوع الثاني وصل الوفد الليبي');
    const found = discoverEntities(tokens, linkEntities(tokens, testResources()), testResources());
    expect(found.map((m) => m.text)).toEqual([]);
  });

  it('takes no ordinary word of a false name for the family name of later mentions', () => {
    const found = persons('وشاركت الممثلة سهير البابلي في مسلسل جديد، وعرض المسلسل في رمضان');
    expect(found.filter(([text]) => text.includes('مسلسل'))).toEqual([]);
  });

  it('reads a family name of the table standing alone as a person, with the unknown words around it', () => {
    expect(persons('ووصل شيراك إلى الجزائر في زيارة رسمية')).toEqual([['شيراك', 'Chirac']]);
    expect(persons('وكان فيديل كاسترو قد زار المدينة').map(([text]) => text)).toEqual(['فيديل كاسترو']);
    expect(persons('وأكد ميخائيل زاخروفيتشكين أن الحوار ممكن').map(([text]) => text)).toEqual([
      'ميخائيل زاخروفيتشكين',
    ]);
  });

  it('takes no name word after a place, body or work word for a person', () => {
    expect(persons('وصل الوفد إلى مدينة كوبرنيكوس الساحلية')).toEqual([]);
    expect(persons('وعرض فيلم غورباتشوف في القاعة الكبرى')).toEqual([]);
    expect(persons('وتحدث غورباتشوف عن الإصلاح')).toEqual([['غورباتشوف', 'Gorbachev']]);
    expect(persons('ونشر بيانا على منصة إكس')).toEqual([]);
  });

  it('opens a lone name with أبو or عبد but not with ولد or بن', () => {
    expect(persons('وحين ولد غورباتشوف كانت القرية فقيرة').map(([text]) => text)).toEqual(['غورباتشوف']);
    expect(persons('وقال أبو شيراك إن المعركة انتهت').map(([text]) => text)).toEqual(['أبو شيراك']);
  });

  it('takes an unknown word opening with ا before a family name, but no verbal noun', () => {
    expect(persons('وفاز أوميتاش غورباتشوف بالجائزة').map(([text]) => text)).toEqual(['أوميتاش غورباتشوف']);
    expect(persons('وأدان انسحاب غورباتشوف من الاتفاق').map(([text]) => text)).toEqual(['غورباتشوف']);
  });

  it('ends a lone name before an accusative noun or a dual', () => {
    expect(persons('وعين شيراك نائبا للرئيس').map(([text]) => text)).toEqual(['شيراك']);
  });

  it('continues no name with a function word (غير، كان)', () => {
    expect(persons('وقال غورباتشوف غير مرة إن الإصلاح ممكن')).toEqual([['غورباتشوف', 'Gorbachev']]);
  });

  it('takes no noun, month or adverb of the name table for a person alone', () => {
    expect(persons('واندلع حريق هائل في المستودع')).toEqual([]);
    expect(persons('أطلقت السفن صواريخ كروز على الميناء')).toEqual([]);
    expect(persons('وجرى الاجتماع في شباط الماضي')).toEqual([]);
    expect(persons('وصلت القوات بينما انسحب المسلحون')).toEqual([]);
  });

  it('reads a compound name in الله as one name word with one English spelling', () => {
    expect(persons('وقال القائد الميداني سيف الله خالد إن قواته انسحبت')).toEqual([
      ['سيف الله خالد', 'Saifullah Khaled'],
    ]);
    expect(persons('وقال الوزير عبد الله كمال إن الحكومة مستعدة')[0]?.[1]).toBe('Abdullah Kamal');
  });

  it('keeps a given name of the table as the third word of a titled name', () => {
    expect(persons('وقال قائد الشرطة عبد الرحيم آدم حسن إن الطريق آمن').map(([text]) => text)).toEqual([
      'عبد الرحيم آدم حسن',
    ]);
  });

  it('ends a name announced by a title at the ordinary words after it', () => {
    expect(persons('وقال الرئيس جورج بوش ضمن حملة انتخابية إن القوات ستبقى')).toEqual([
      ['جورج بوش', 'George Bush'],
    ]);
    expect(persons('وقال مدير المخابرات وليام بيرنز إن المحادثات جادة').map(([text]) => text)).toEqual([
      'وليام بيرنز',
    ]);
  });
});
