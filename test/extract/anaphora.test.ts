import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('definite nouns standing for an actor named before', () => {
  it('reads "the army" as the armed forces named before', () => {
    const events = analyze(
      'قصفت القوات المسلحة السودانية مواقع في الفاشر. وقال الجيش إن قوات الدعم السريع هاجمت مدينة نيالا.',
    );
    const attack = events.find((e) => e.place === 'Nyala');
    expect(attack?.claims).toContain('Sudanese Armed Forces:ASSERTS');
  });

  it('reads "the movement" as the group named with that word, though the mention leaves the word out', () => {
    const events = analyze(
      'رحبت حركة حماس بالهدنة في غزة. وهاجمت قوات الدعم السريع مدينة الفاشر. وقالت الحركة إن قوات الدعم السريع هاجمت مدينة نيالا.',
    );
    expect(events.find((e) => e.place === 'Nyala')?.claims).toEqual(['Hamas:ASSERTS']);
  });

  it('reads "the ministry" as the ministry named before, and "the government" as no ministry', () => {
    const events = analyze(
      'أعلنت وزارة الدفاع الروسية السيطرة على مدينة خاركيف. وقالت الوزارة إن القوات المسلحة الروسية قصفت مدينة الفاشر. وقالت الحكومة إن قوات الدعم السريع هاجمت مدينة نيالا.',
    );
    expect(events.find((e) => e.place === 'El Fasher')?.claims).toEqual(['Russian Defence Ministry:ASSERTS']);
    expect(events.find((e) => e.place === 'Nyala')?.claims).toEqual([]);
  });

  it("reads a state's body named by no actor before as that of the one country the article's places lie in", () => {
    const [capture] = analyze('أعلن الجيش السيطرة على طرابلس.');
    expect(capture?.participants).toEqual(['Armed Forces of Libya:INITIATOR']);
    const [elsewhere] = analyze('أعلن الجيش السيطرة على طرابلس بعد معارك قرب جدة.');
    expect(elsewhere?.participants).toEqual([]);
  });

  it('reads a noun with a definite adjective after it (الجيش الوطني) as the name of another actor', () => {
    expect(analyze('أعلن الجيش الوطني السيطرة على طرابلس.')[0]?.participants).toEqual([]);
    const events = analyze(
      'قصفت القوات المسلحة السودانية مواقع في الفاشر. وقال الجيش الشعبي إن قوات الدعم السريع هاجمت مدينة نيالا.',
    );
    expect(events.find((e) => e.place === 'Nyala')?.claims).toEqual([]);
  });

  it('reads "the latter" (الأخيرة) as the actor named last, but not as the adjective of a definite word', () => {
    const events = analyze(
      'أعلنت روسيا أن قوات الدعم السريع هاجمت نيالا، بينما قالت الأخيرة إنها قصفت مواقع في الفاشر.',
    );
    expect(events.find((e) => e.place === 'El Fasher')?.claims).toEqual(['Rapid Support Forces:ASSERTS']);
    const [talks] = analyze(
      'وقال بدر عبد العاطي إن الجولة الأخيرة من المحادثات بين روسيا وأوكرانيا انتهت في جدة.',
    );
    expect(talks?.participants.sort()).toEqual(['Russia:PARTY', 'Ukraine:PARTY']);
  });
});
