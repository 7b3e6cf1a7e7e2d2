import { describe, expect, it } from 'vitest';
import { segmentPage, splitTags } from '../../extract/segment.js';
import { testResources } from './fixtures.js';

const PAGE = [
  'قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل 12 مدنيا.',
  '',
  'إقرأ المزيد الجيش السوداني يستعيد السيطرة على نيالا (فيديو)',
  '',
  'وقال شهود إن القصف استمر ساعات.',
  '',
  'المصدر: وكالات',
  'كلمات دلالية: الفاشر دارفور قوات الدعم السريع في الفاشر',
  '',
  'إقرأ أيضاً:',
  'مصر وقطر تدعوان إلى هدنة في غزة',
  'سودان تريبيون/ الأخبار',
  'دعت مصر وقطر الأربعاء إلى هدنة.',
  '',
  'مقالات مشابهة',
  '  • حظك اليوم برج الحمل',
  '  • مصر وقطر تدعوان إلى هدنة في غزة',
  '  •',
].join('\n');

describe('segmentPage', () => {
  const segments = segmentPage(PAGE, testResources());

  it('finds the article, its embedded headline, the related article and the listed headlines', () => {
    expect(segments.map((s) => s.kind)).toEqual(['ARTICLE', 'HEADLINE', 'ARTICLE', 'HEADLINE', 'HEADLINE']);
    expect(segments[1]?.title).toBe('الجيش السوداني يستعيد السيطرة على نيالا (فيديو)');
    expect(segments[1]?.linkedFrom).toBe(0);
    expect(segments[3]?.linkedFrom).toBe(2);
  });

  it('excludes the embedded headline from its host and points the span into the host text', () => {
    const [host] = segments;
    const span = host?.excludedSpans[0];
    expect(host?.text.slice(span?.start, span?.end)).toContain('إقرأ المزيد');
  });

  it('reads the agencies line, the tags and the related article outlet line', () => {
    expect(segments[0]?.citesAgencies).toBe(true);
    expect(segments[0]?.tags).toEqual(['الفاشر', 'دارفور', 'قوات الدعم السريع في الفاشر']);
    expect(segments[2]?.title).toBe('مصر وقطر تدعوان إلى هدنة في غزة');
    expect(segments[2]?.source).toBe('سودان تريبيون');
  });

  it('reads a question as a suggested headline and resumes the article after the list', () => {
    const page = segmentPage(
      [
        'قصفت روسيا مدينة خاركيف ليلا، وأعلنت أوكرانيا مقتل خمسة مدنيين.',
        'قصص مقترحة',
        'من هو قائد القوات الروسية في خاركيف؟',
        'قصص مقترحة نهاية',
        'وقال رئيس البلدية إن القصف أصاب مبنى سكنيا.',
      ].join('\n'),
      testResources(),
    );
    expect(page.map((s) => [s.kind, s.title])).toEqual([
      ['ARTICLE', expect.any(String)],
      ['HEADLINE', 'من هو قائد القوات الروسية في خاركيف؟'],
    ]);
    expect(page[0]?.text).toContain('وقال رئيس البلدية');
  });

  it('reads a "Read more" label run into the headline it opens', () => {
    const page = segmentPage(
      'Sudanese army shells Nyala as talks stall in Jeddah.\n\nRead moreRSF fighters enter El Fasher\n\nMediators said talks would resume.',
      testResources(),
    );
    expect(page.map((s) => [s.kind, s.title])).toEqual([
      ['ARTICLE', expect.any(String)],
      ['HEADLINE', 'RSF fighters enter El Fasher'],
    ]);
  });

  it('takes no tag line of a list for a headline', () => {
    const page = segmentPage(
      [
        'قصفت روسيا مدينة خاركيف ليلا، وأعلنت أوكرانيا مقتل خمسة مدنيين.',
        'اقرأ المزيد',
        'أوكرانيا تعلن إسقاط عشرين مسيرة روسية',
        'روسيا',
        'أوكرانيا',
      ].join('\n'),
      testResources(),
    );
    expect(page.filter((s) => s.kind === 'HEADLINE').map((s) => s.title)).toEqual([
      'أوكرانيا تعلن إسقاط عشرين مسيرة روسية',
    ]);
  });

  it('reads "اقرأ أيضا" before the source and tag lines as a link out, with the article going on after it', () => {
    const page = [
      'أعلنت الحكومة الإثيوبية حالة الطوارئ في إقليم أمهرة.',
      '',
      'اقرأ أيضا: إريتريا تنفي إرسال قوات إلى الحدود',
      '',
      'وقال متحدث حكومي إن الجيش استعاد السيطرة على مدينتين.',
      '',
      'اقرأ أيضاً',
      'الاتحاد الأفريقي يدعو إلى وقف القتال في أمهرة',
      '',
      'وكانت الاشتباكات قد اندلعت قبل أسبوع.',
      '',
      'المصدر: وكالات',
    ].join('\n');
    const found = segmentPage(page, testResources());
    expect(found.map((s) => s.kind)).toEqual(['ARTICLE', 'HEADLINE', 'HEADLINE']);
    expect(found[1]?.title).toBe('إريتريا تنفي إرسال قوات إلى الحدود');
    expect(found[2]?.title).toBe('الاتحاد الأفريقي يدعو إلى وقف القتال في أمهرة');
    expect(found[0]?.text).toContain('استعاد السيطرة على مدينتين');
    expect(found[0]?.text).toContain('وكانت الاشتباكات قد اندلعت قبل أسبوع');
  });

  it("drops a line naming the site's world section, keeping a headline that opens with the same word", () => {
    const [article] = segmentPage(
      ['سياسة', 'آسيا', '', 'آسيا تستضيف محادثات بين الهند وباكستان', 'التقى الوفدان في طشقند.'].join('\n'),
      testResources(),
    );
    expect(article?.title).toBe('آسيا تستضيف محادثات بين الهند وباكستان');
    expect(article?.text).not.toMatch(/^(سياسة\s+)?آسيا\n/);
    expect(article?.text.match(/آسيا/g)).toHaveLength(1);
  });

  it('keeps a title that names its country before ".." whole', () => {
    const [article] = segmentPage(
      'السودان.. مقتل 12 مدنيا في قصف على نيالا\n\nقصفت قوات الدعم السريع نيالا.',
      testResources(),
    );
    expect(article?.title).toBe('السودان.. مقتل 12 مدنيا في قصف على نيالا');
  });

  it('keeps a title line whole past its comma and colon; a lead as the first line gives its first clause', () => {
    const [titled] = segmentPage(
      'الجيش يستعيد نيالا بعد معارك عنيفة، والدعم السريع: انسحبنا لحماية المدنيين\n\nاستعاد الجيش السوداني نيالا.',
      testResources(),
    );
    expect(titled?.title).toBe('الجيش يستعيد نيالا بعد معارك عنيفة، والدعم السريع: انسحبنا لحماية المدنيين');
    const [lead] = segmentPage(
      'استعاد الجيش السوداني مدينة نيالا، بعد معارك استمرت أسبوعا.\nوقال شهود إن القتال توقف.',
      testResources(),
    );
    expect(lead?.title).toBe('استعاد الجيش السوداني مدينة نيالا');
  });

  it('keeps a page without markers as one article', () => {
    const plain = segmentPage(
      'بدأت في جدة مفاوضات بين الطرفين.\nوقال الوسطاء إنها إيجابية.',
      testResources(),
    );
    expect(plain).toHaveLength(1);
    expect(plain[0]?.text).toContain('وقال الوسطاء');
  });
});

describe('splitTags', () => {
  it('groups words into the longest known names', () => {
    expect(splitTags('غزة حماس قطاع غزة', testResources())).toEqual(['غزة', 'حماس', 'قطاع غزة']);
  });
});
