import { describe, expect, it } from 'vitest';
import { pageLines } from '../../extract/page-lines.js';
import { segmentPage } from '../../extract/segment.js';
import { testResources } from './fixtures.js';

const roles = (page: string) => pageLines(page, testResources()).map((line) => [line.role, line.text]);

describe('page lines', () => {
  it('drops date and time lines, URLs and update stamps', () => {
    const page = [
      'https://example.org/news/2024/05/13/ceasefire-talks.html',
      'الأحد 12 مايو 2024 - 09:30 بتوقيت غرينتش',
      '03.02.2024, 18:05 (تم التحديث: 03.02.2024, 19:10)',
      'آخر تحديث: 5 مارس 2023',
      'Published On 3 Nov 2022',
      'توقيت موسكو - كييف',
      'تبادلت القوات الأذربيجانية والأرمينية إطلاق النار على الحدود.',
    ].join('\n');
    expect(roles(page).map(([role]) => role)).toEqual([
      'drop',
      'drop',
      'drop',
      'drop',
      'drop',
      'drop',
      'body',
    ]);
  });

  it('keeps breadcrumbs, bylines and captions as furniture, and drops a caption shown twice', () => {
    const page = [
      'عالم',
      'أوروبا',
      'كييف - وكالات',
      'جنود أوكرانيون قرب باخموت (أرشيفية - رويترز)',
      'جنود أوكرانيون قرب باخموت (أرشيفية - رويترز)',
      'أعلنت القوات الأوكرانية صد هجوم روسي قرب باخموت.',
    ].join('\n');
    expect(roles(page).map(([role]) => role)).toEqual(['meta', 'meta', 'meta', 'meta', 'drop', 'body']);
  });

  it('joins a sentence broken across lines, with the page offsets kept', () => {
    const page =
      'وقال وزير الخارجية الإثيوبي، في مؤتمر صحفي عقده في أديس أبابا مساء أمس، إن المحادثات مع\nالجبهة الشعبية ستستأنف الأسبوع المقبل.';
    const [line, ...rest] = pageLines(page, testResources());
    expect(rest).toEqual([]);
    expect(line?.text).toBe(page.replace('\n', ' '));
    expect([line?.start, line?.end]).toEqual([0, page.length]);
  });

  it('does not join a headline to the paragraph under it', () => {
    const page =
      'الجيش الصومالي يستعيد بلدة استراتيجية من حركة الشباب\nاستعاد الجيش الصومالي بلدة عدن يابال بعد معارك عنيفة.';
    expect(roles(page).length).toBe(2);
  });

  it('keeps a title that announces its media in brackets (فيديو) as a line of the article, not a caption', () => {
    const page = [
      'اشتباكات عنيفة في طرابلس بين جهاز الردع واللواء 444 (فيديو)',
      'مقاتلون في شوارع طرابلس (أرشيفية - رويترز)',
      'اندلعت اشتباكات عنيفة في طرابلس مساء الاثنين.',
    ].join('\n');
    expect(roles(page).map(([role]) => role)).toEqual(['body', 'meta', 'body']);
  });

  it('never joins across a blank line, which ends a paragraph', () => {
    const page =
      'وقال وزير الخارجية الإثيوبي، في مؤتمر صحفي عقده في أديس أبابا مساء أمس، إن المحادثات مع\n\nالجبهة الشعبية ستستأنف الأسبوع المقبل.';
    expect(roles(page).length).toBe(2);
  });
});

describe('segmentation of a saved page', () => {
  it('takes the headline as the title, not the section line, and resumes the article after a list of linked headlines', () => {
    const page = [
      'الأخبار',
      'سياسة',
      'اشتباكات عنيفة بين الجيش وقوات الدعم السريع في أم درمان',
      '12/6/2023 | آخر تحديث: 12/6/2023 10:15 ص (توقيت مكة)',
      'اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في أم درمان.',
      'اقرأ أيضا',
      'list of 2 items',
      'list 1 of 2',
      'البرهان يتعهد بمواصلة القتال حتى النصر',
      'list 2 of 2',
      'حميدتي يدعو إلى هدنة إنسانية',
      'end of list',
      'وقال شهود إن القصف المدفعي استمر حتى الفجر.',
    ].join('\n');
    const segments = segmentPage(page, testResources());
    expect(segments.map((s) => s.kind)).toEqual(['ARTICLE', 'HEADLINE', 'HEADLINE']);
    expect(segments[0]?.title).toBe('اشتباكات عنيفة بين الجيش وقوات الدعم السريع في أم درمان');
    expect(segments[0]?.text).toContain('وقال شهود إن القصف المدفعي استمر حتى الفجر.');
    expect(segments[0]?.text).not.toContain('آخر تحديث');
    expect(segments[2]?.title).toBe('حميدتي يدعو إلى هدنة إنسانية');
  });
});

describe('page lines that look like chrome but are sentences', () => {
  it('keeps a sentence opening with a chrome word', () => {
    const page =
      'Save the Children said on Tuesday that 14 children were killed in the strike on the school in Gaza City.';
    expect(roles(page).map(([role]) => role)).toEqual(['body']);
  });
});

describe('lists of linked headlines without bullets', () => {
  it('reads the titles after a bare "read more" line and goes back to the article at the next sentence', () => {
    const page = [
      'الجيش الإثيوبي يستعيد بلدة لاليبيلا من ميليشيا فانو',
      'أعلن الجيش الإثيوبي استعادة بلدة لاليبيلا بعد معارك مع ميليشيا فانو.',
      'اقرأ المزيد',
      'فانو تعلن السيطرة على طريق رئيسي في أمهرة',
      'آبي أحمد يدعو إلى الحوار في إقليم أمهرة',
      'وقال سكان إن الهدوء عاد إلى البلدة صباح اليوم.',
    ].join('\n');
    const segments = segmentPage(page, testResources());
    expect(segments.map((s) => [s.kind, s.title])).toEqual([
      ['ARTICLE', 'الجيش الإثيوبي يستعيد بلدة لاليبيلا من ميليشيا فانو'],
      ['HEADLINE', 'فانو تعلن السيطرة على طريق رئيسي في أمهرة'],
      ['HEADLINE', 'آبي أحمد يدعو إلى الحوار في إقليم أمهرة'],
    ]);
    expect(segments[0]?.text).toContain('وقال سكان إن الهدوء عاد إلى البلدة صباح اليوم.');
  });

  it('reads a suggested-stories block up to its end line', () => {
    const page = [
      'محادثات في الرياض بين وفدي الحكومة اليمنية والحوثيين',
      'بدأت في الرياض محادثات بين وفدي الحكومة اليمنية والحوثيين.',
      'قصص مقترحة',
      'من هو مهدي المشاط رئيس المجلس السياسي الأعلى',
      'قصص مقترحة نهاية',
      'وتتناول المحادثات ملف الأسرى.',
    ].join('\n');
    const segments = segmentPage(page, testResources());
    expect(segments.map((s) => s.kind)).toEqual(['ARTICLE', 'HEADLINE']);
    expect(segments[0]?.text).toContain('وتتناول المحادثات ملف الأسرى.');
  });
});
