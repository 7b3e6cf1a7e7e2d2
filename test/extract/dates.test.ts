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
});
