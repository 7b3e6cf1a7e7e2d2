/** A small gazetteer about other conflicts, so that stage tests do not depend on the growing seed gazetteer. */

import { compileResources, type ExtractionResources, loadLexiconFiles } from '../../extract/resources.js';
import { Gazetteer } from '../../gazetteer/load.js';
import type { GazetteerRecord } from '../../gazetteer/types.js';

export const state = (name: string, ar: string, aliases: string[] = []): GazetteerRecord => ({
  name,
  type: 'ACTOR',
  kind: 'STATE',
  names: { ar, en: name },
  aliases,
});

export const place = (
  name: string,
  kind: GazetteerRecord['kind'],
  ar: string,
  partOf: string | null,
): GazetteerRecord => ({
  name,
  type: 'PLACE',
  kind,
  names: { ar, en: name },
  aliases: [],
  partOf,
});

const actor = (
  name: string,
  kind: GazetteerRecord['kind'],
  ar: string,
  aliases: string[],
  memberOf?: string,
) => ({
  name,
  type: 'ACTOR' as const,
  kind,
  names: { ar, en: name },
  aliases,
  memberOf: memberOf ?? null,
});

export const TEST_RECORDS: GazetteerRecord[] = [
  state('Sudan', 'السودان', ['Sudanese']),
  state('Saudi Arabia', 'السعودية'),
  state('United States', 'الولايات المتحدة', ['أمريكا', 'واشنطن']),
  state('Russia', 'روسيا', ['موسكو', 'Russian']),
  state('Ukraine', 'أوكرانيا', ['كييف']),
  state('Egypt', 'مصر'),
  state('Qatar', 'قطر'),
  state('Libya', 'ليبيا'),
  state('Ethiopia', 'إثيوبيا'),
  state('Democratic Republic of the Congo', 'الكونغو الديمقراطية'),
  { ...state('Lebanon', 'لبنان'), demonyms: ['Lebanese'] },
  actor('Sudanese Armed Forces', 'ARMED_FORCES', 'القوات المسلحة السودانية', [], 'Sudan'),
  actor('Rapid Support Forces', 'ARMED_GROUP', 'قوات الدعم السريع', ['الدعم السريع']),
  actor('Russian Armed Forces', 'ARMED_FORCES', 'القوات المسلحة الروسية', [], 'Russia'),
  actor('Russian Defence Ministry', 'GOVERNMENT_BODY', 'وزارة الدفاع الروسية', [], 'Russia'),
  actor('Hamas', 'ARMED_GROUP', 'حماس', ['حركة حماس']),
  actor('Hezbollah', 'ARMED_GROUP', 'حزب الله', ['Hezbollah']),
  actor('M23', 'ARMED_GROUP', 'حركة 23 مارس', ['إم 23']),
  actor('TPLF', 'ARMED_GROUP', 'جبهة تحرير شعب تيغراي', ['جبهة تيغراي']),
  actor('Mohammed Shia al-Sudani', 'PERSON', 'محمد شياع السوداني', ['السوداني']),
  actor('Badr Abdelatty', 'PERSON', 'بدر عبد العاطي', [], 'Egypt'),
  actor('William Ruto', 'PERSON', 'وليام روتو', []),
  actor('Abdullah II', 'PERSON', 'عبد الله الثاني', []),
  actor('Reuters', 'MEDIA', 'رويترز', ['Reuters']),
  actor('Sudan News Agency', 'MEDIA', 'سونا', ['SUNA']),
  actor('Al-Fashir Newspaper', 'MEDIA', 'صحيفة الفاشر', []),
  place('Jeddah', 'CITY', 'جدة', 'Saudi Arabia'),
  place('Darfur', 'REGION', 'دارفور', 'Sudan'),
  place('El Fasher', 'CITY', 'الفاشر', 'Darfur'),
  place('Nyala', 'CITY', 'نيالا', 'Darfur'),
  place('Moscow', 'CITY', 'موسكو', 'Russia'),
  place('Kharkiv', 'CITY', 'خاركيف', 'Ukraine'),
  place('Gaza Strip', 'REGION', 'قطاع غزة', null),
  place('Tripoli', 'CITY', 'طرابلس', 'Libya'),
  place('Goma', 'CITY', 'غوما', 'Democratic Republic of the Congo'),
  place('Port of Sudan', 'FACILITY', 'ميناء بورتسودان', 'Sudan'),
  place('Suez', 'CITY', 'السويس', 'Egypt'),
  place('Suez Canal', 'FACILITY', 'قناة السويس', 'Egypt'),
  place('Tigray Region', 'REGION', 'تيغراي', 'Ethiopia'),
  place('Maghreb', 'REGION', 'بلاد المغرب', null),
  actor('AQIM', 'ARMED_GROUP', 'تنظيم القاعدة في بلاد المغرب الإسلامي', []),
];

let cached: ExtractionResources | undefined;

/** The project's lexicons compiled with the test gazetteer. */
export function testResources(): ExtractionResources {
  cached ??= compileResources(new Gazetteer(TEST_RECORDS), loadLexiconFiles());
  return cached;
}
