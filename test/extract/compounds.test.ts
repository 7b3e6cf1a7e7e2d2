import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/index.js';
import { testResources } from './fixtures.js';

const entities = (text: string) =>
  (extractDocument({ text, publishedAt: '2024-05-16' }, testResources())[0]?.entities ?? []).map(
    (e) => `${e.name}:${e.kind}`,
  );

describe("a state's bodies named by a head word and the state", () => {
  it('reads Arabic heads before the state or its nisba', () => {
    const found = entities(
      'وقالت الرئاسة الأوكرانية إن الشرطة السودانية والبحرية الروسية وهيئة الأركان الروسية لم تعلق.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Presidency of Ukraine:GOVERNMENT_BODY',
        'Police of Sudan:GOVERNMENT_BODY',
        'Navy of Russia:ARMED_FORCES',
        'General Staff of Russia:ARMED_FORCES',
      ]),
    );
  });

  it("reads English heads after the state's name with 's or after its adjective", () => {
    const found = entities(
      "Sudan's army said the Russian presidency and Egypt's foreign ministry were told.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Sudanese Armed Forces:ARMED_FORCES',
        'Presidency of Russia:GOVERNMENT_BODY',
        'Foreign Ministry of Egypt:GOVERNMENT_BODY',
      ]),
    );
    expect(found).not.toContain('Sudan:STATE');
  });
});
