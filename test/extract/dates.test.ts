import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

// 2024-05-16 is a Thursday.
describe('dates', () => {
  it('resolves a past weekday to the latest such day on or before publication', () => {
    expect(analyze('قصفت الغارات الروسية خاركيف الثلاثاء')[0]?.date).toBe('2024-05-14');
    expect(analyze('قصفت الغارات الروسية خاركيف اليوم الخميس')[0]?.date).toBe('2024-05-16');
  });

  it('resolves a weekday in future context forward', () => {
    expect(analyze('تبدأ المفاوضات في جدة يوم الأحد المقبل')[0]?.date).toBe('2024-05-19');
  });

  it('resolves relative days', () => {
    expect(analyze('قصفت قوات الدعم السريع الفاشر أمس')[0]?.date).toBe('2024-05-15');
    expect(analyze('قصفت قوات الدعم السريع الفاشر أول أمس')[0]?.date).toBe('2024-05-14');
  });

  it('reads explicit dates in both Arabic month series, with Arabic-Indic digits', () => {
    expect(analyze('وقعت مصر وقطر اتفاقا في ٣ آذار ٢٠٢٣')[0]?.date).toBe('2023-03-03');
    expect(analyze('قصفت الغارات الروسية خاركيف في 12 مايو')[0]?.date).toBe('2024-05-12');
    expect(analyze('قصفت الغارات الروسية خاركيف في 20 ديسمبر')[0]?.date).toBe('2023-12-20');
  });

  it('does not read a date inside a name', () => {
    expect(analyze('هاجمت حركة 23 مارس مدينة غوما')[0]?.date).toBeNull();
  });

  it('leaves the date null without a publication date', () => {
    expect(analyze('قصفت الغارات الروسية خاركيف الثلاثاء', null)[0]?.date).toBeNull();
  });

  it('gives a report its own date only when the event it tells of has none', () => {
    const [attack] = analyze(
      'أعلنت وزارة الدفاع الروسية اليوم أن قواتها قصفت مدينة خاركيف. وقال مسؤولون إن القصف الذي وقع أمس استهدف مدينة خاركيف.',
    );
    expect(attack?.date).toBe('2024-05-15');
    const [capture] = analyze('أعلنت وزارة الدفاع الروسية اليوم أن قواتها سيطرت على مدينة خاركيف.');
    expect(capture?.date).toBe('2024-05-16');
  });

  it('dates an accord by its announcement, not by the day still to come when it takes effect', () => {
    const [accord] = analyze(
      'وكان وسطاء قد أعلنوا أمس توصل الجيش السوداني وقوات الدعم السريع إلى اتفاق يدخل حيز التنفيذ السبت المقبل.',
    );
    expect(accord?.date).toBe('2024-05-15');
  });

  it('gives a day and month without a year the nearest such date to publication, unless qualified', () => {
    expect(analyze('قصفت قوات الدعم السريع الفاشر في 19 مايو')[0]?.date).toBe('2024-05-19');
    expect(analyze('قصفت الغارات الروسية خاركيف في 2 يناير', '2024-12-30')[0]?.date).toBe('2025-01-02');
    expect(analyze('سيطرت قوات الدعم السريع على نيالا في 20 مايو الماضي')[0]?.date).toBe('2023-05-20');
  });

  it('reads ordinal days, "من" before the month and a month named in both series', () => {
    expect(
      analyze('وقعت إثيوبيا وجبهة تيغراي اتفاق سلام في الثاني من تشرين الثاني/نوفمبر 2022')[0]?.date,
    ).toBe('2022-11-02');
    expect(analyze('قصفت قوات الدعم السريع الفاشر في العشرين من آذار/مارس الماضي')[0]?.date).toBe(
      '2024-03-20',
    );
    expect(analyze('سيطرت قوات الدعم السريع على نيالا في 9 من كانون الأول')[0]?.date).toBe('2023-12-09');
    expect(analyze('التقى وفدا روسيا وأوكرانيا في جدة يومي 11 و12 مايو')[0]?.date).toBe('2024-05-11');
  });

  it('reads an English month before its day, but not the modal verb', () => {
    expect(analyze('Russian forces shelled Kharkiv on May 12')[0]?.date).toBe('2024-05-12');
    expect(analyze('Russian forces may 5 times shell Kharkiv')[0]?.date ?? null).toBeNull();
  });

  it('takes parts of the day, nights and a weekday named with its date as one expression', () => {
    expect(analyze('قصفت الغارات الروسية خاركيف مساء أمس')[0]?.date).toBe('2024-05-15');
    expect(analyze('قصفت الغارات الروسية، مساء الثلاثاء، مدينة خاركيف')[0]?.date).toBe('2024-05-14');
    expect(analyze('قصفت الغارات الروسية خاركيف ليل الثلاثاء الأربعاء')[0]?.date).toBe('2024-05-15');
    expect(analyze('قصفت الغارات الروسية خاركيف ليلة الاثنين إلى الثلاثاء')[0]?.date).toBe('2024-05-14');
    expect(analyze('قصفت الغارات الروسية خاركيف الليلة الماضية')[0]?.date).toBe('2024-05-15');
    expect(analyze('قصفت الغارات الروسية خاركيف يوم الأحد 12 أيار')[0]?.date).toBe('2024-05-12');
    expect(analyze('Russian forces shelled Kharkiv late on Tuesday')[0]?.date).toBe('2024-05-14');
  });

  it('does not read "the same day" as today', () => {
    expect(analyze('وقصفت الغارات الروسية خاركيف في اليوم نفسه')[0]?.date).toBeNull();
  });

  it('gives a date whose clause has no event to the nearest event of its sentence', () => {
    expect(analyze('وبحسب شهود في صباح الاثنين، سيطرت قوات الدعم السريع على مدينة نيالا')[0]?.date).toBe(
      '2024-05-13',
    );
  });

  it('dates an accord by the day it was announced reached, not the day it takes effect', () => {
    const [accord] = analyze(
      'دخل اتفاق وقف إطلاق النار بين روسيا وأوكرانيا حيز التنفيذ فجر اليوم. وكانت قطر قد أعلنت أمس التوصل إلى الاتفاق.',
    );
    expect(accord?.date).toBe('2024-05-15');
  });

  it('dates talks by the accord they produced in the same sentence', () => {
    const events = analyze('اتفقت روسيا وأوكرانيا اليوم على تبادل الأسرى، في ختام محادثات عقدت في جدة');
    expect(events.find((e) => e.type === 'NEGOTIATION')?.date).toBe('2024-05-16');
    const planned = analyze('اتفقت روسيا وأوكرانيا اليوم على مناقشة تبادل الأسرى في اجتماع في جدة');
    expect(planned.find((e) => e.type === 'NEGOTIATION')?.date).toBeNull();
  });

  it("dates a headline's undated event by the body's first dated event", () => {
    const events = analyze('انسحاب الجيش السوداني من نيالا\n\nسيطرت قوات الدعم السريع أمس على مدينة نيالا.');
    expect(events.find((e) => e.type === 'WITHDRAWAL')?.date).toBe('2024-05-15');
  });

  it('lets a date of something still to come yield to the firm date of the same talks', () => {
    const events = analyze(
      'بدأت في جدة أمس محادثات بين روسيا وأوكرانيا. وقالت قطر إن المحادثات ستستأنف اليوم.',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([['NEGOTIATION', '2024-05-15']]);
  });

  it('dates a definite event noun by the first dated mention with its head word', () => {
    const events = analyze(
      'شنت قوات الدعم السريع هجوما على الفاشر أمس. وكانت قوات الدعم السريع قد شنت هجوما على نيالا في 3 مايو. وقالت السعودية إن الهجوم انتهاك للقانون.',
    );
    expect(events.find((e) => e.claims.includes('Saudi Arabia:ASSERTS'))?.date).toBe('2024-05-15');
  });

  it('gives an event the nearest of the dates in its clause', () => {
    const [strikes] = analyze('شنت روسيا غارات على خاركيف أمس ردا على غارات أوكرانية على موسكو في 3 مايو');
    expect(strikes?.date).toBe('2024-05-15');
  });

  it('counts days back from publication, or from the date told last', () => {
    expect(analyze('سيطرت قوات الدعم السريع على نيالا قبل يومين')[0]?.date).toBe('2024-05-14');
    expect(analyze('سيطرت قوات الدعم السريع على نيالا قبل أسبوع من الانتخابات')[0]?.date).toBeNull();
    expect(analyze('Russian forces shelled Kharkiv three days ago')[0]?.date).toBe('2024-05-13');
    const events = analyze(
      'Russian forces shelled Kharkiv on Tuesday. Two days earlier, they had shelled Moscow.',
    );
    expect(events.map((e) => [e.place, e.date])).toEqual([
      ['Kharkiv', '2024-05-14'],
      ['Moscow', '2024-05-12'],
    ]);
  });

  it('dates a statement the report dates nowhere by the day of the report, an undated act not at all', () => {
    const [warning] = analyze('وحذرت مصر من تدهور الأوضاع الإنسانية في غزة.', '2024-05-16');
    expect(warning).toMatchObject({ type: 'STATEMENT', date: '2024-05-16' });
    const [attack] = analyze('وقصفت قوات الدعم السريع مدينة الفاشر.', '2024-05-16');
    expect(attack).toMatchObject({ type: 'ATTACK', date: null });
  });

  it('dates an event told the day after (غداة) a day before the day its sentence tells', () => {
    const events = analyze(
      'وعقدت روسيا وأوكرانيا جولة محادثات في موسكو اليوم، غداة هجوم على مدينة خاركيف.',
      '2024-05-16',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([
      ['NEGOTIATION', '2024-05-16'],
      ['ATTACK', '2024-05-15'],
    ]);
  });
});
