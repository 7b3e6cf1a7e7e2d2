import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const delegatesOf = (text: string, type = 'AGREEMENT') =>
  analyze(text)
    .find((e) => e.type === type)
    ?.participants.filter((p) => p.includes(':DELEGATE'))
    .sort();

describe('persons who act for a side, from the words before them', () => {
  it('reads who signed for which side (وقع عن X)', () => {
    const delegates = delegatesOf(
      'وقعت روسيا وأوكرانيا اتفاقا في جدة. ووقع الاتفاق عن الجانب الروسي محمد عثمان، وعن الجانب الأوكراني أحمد علي.',
    );
    expect(delegates).toEqual(['Ahmed Ali:DELEGATE@Ukraine', 'Mohammed Osman:DELEGATE@Russia']);
  });

  it('reads the side named in the clause before the signatory (ووقعه عن الجانب X، الوزير Y)', () => {
    const delegates = delegatesOf(
      'وقعت روسيا وأوكرانيا اتفاقا في جدة. ووقعه عن الجانب الروسي، وزير الخارجية محمد عثمان، ومن الجانب الأوكراني أحمد علي.',
    );
    expect(delegates).toEqual(['Ahmed Ali:DELEGATE@Ukraine', 'Mohammed Osman:DELEGATE@Russia']);
  });

  it("reads who headed a side's delegation (وترأس الوفد الروسي X)", () => {
    const delegates = delegatesOf(
      'بدأت في جدة محادثات بين روسيا وأوكرانيا. وترأس الوفد الروسي محمد عثمان.',
      'NEGOTIATION',
    );
    expect(delegates).toEqual(['Mohammed Osman:DELEGATE@Russia']);
  });

  it('gives a side the persons listed after the verb of representing (ومثّل X A وB)', () => {
    const delegates = delegatesOf(
      'بدأت في جدة محادثات بين القوات المسلحة السودانية وقوات الدعم السريع. ومثّل الولايات المتحدة فيها محمد حسن وأحمد علي.',
      'NEGOTIATION',
    );
    expect(delegates).toEqual(['Ahmed Ali:DELEGATE@United States', 'Mohammed Hassan:DELEGATE@United States']);
  });

  it('makes whoever leads the mediation act for the one mediator', () => {
    const delegates = delegatesOf(
      'بدأت في جدة محادثات بين روسيا وأوكرانيا بوساطة قطرية. وقاد الوساطة محمد حسن.',
      'NEGOTIATION',
    );
    expect(delegates).toEqual(['Mohammed Hassan:DELEGATE@Qatar']);
  });

  it('makes those named after a word of company act for the side of the person before it', () => {
    const delegates = delegatesOf(
      'بدأت في جدة محادثات بين روسيا وأوكرانيا بوساطة قطرية. وقاد الوساطة محمد حسن، بمشاركة الوزير السابق خالد يوسف والسفير علي عمر.',
      'NEGOTIATION',
    );
    expect(delegates?.sort()).toEqual([
      'Ali Omar:DELEGATE@Qatar',
      'Khaled Youssef:DELEGATE@Qatar',
      'Mohammed Hassan:DELEGATE@Qatar',
    ]);
  });

  it('makes a person right after a side or mediator, past titles only, act for it, unless the person only speaks', () => {
    expect(
      delegatesOf(
        'Russia and Ukraine began talks in Jeddah mediated by Egypt envoy Khaled Youssef.',
        'NEGOTIATION',
      ),
    ).toEqual(['Khaled Youssef:DELEGATE@Egypt']);
    expect(
      delegatesOf(
        'Russia and Ukraine began talks in Jeddah mediated by Egypt. Egypt envoy Khaled Youssef said the talks were useful.',
        'NEGOTIATION',
      ),
    ).toEqual([]);
  });

  it('reads برئاسة as heading a delegation, not a body headed by someone', () => {
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا، وشارك فيها وفد روسي برئاسة محمد عثمان.',
        'NEGOTIATION',
      ),
    ).toEqual(['Mohammed Osman:DELEGATE@Russia']);
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا، وسط انقسام بين حكومة الوحدة برئاسة محمد عثمان وقوات الدعم السريع.',
        'NEGOTIATION',
      ),
    ).toEqual([]);
  });

  it('gives each person the nearest delegation before them (وفد X برئاسة A، ووفد Y برئاسة B)', () => {
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا، وشارك فيها وفد روسي برئاسة محمد عثمان، ووفد أوكراني برئاسة أحمد علي.',
        'NEGOTIATION',
      ),
    ).toEqual(['Ahmed Ali:DELEGATE@Ukraine', 'Mohammed Osman:DELEGATE@Russia']);
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا، وشارك فيها وفد روسي برئاسة محمد عثمان، ووفد المعارضة برئاسة أحمد علي.',
        'NEGOTIATION',
      ),
    ).toEqual(['Mohammed Osman:DELEGATE@Russia']);
  });

  it('makes the side of a delegate whose sentence speaks of mediation a mediator, not a party', () => {
    const [talks] = analyze(
      'بدأت في جدة محادثات بين روسيا وأوكرانيا. ويشارك من الجانب المصري محمد حسن ضمن فريق وسطاء.',
    );
    expect(talks?.participants.sort()).toEqual([
      'Egypt:MEDIATOR',
      'Mohammed Hassan:DELEGATE@Egypt',
      'Russia:PARTY',
      'Ukraine:PARTY',
    ]);
  });

  it('reads the members of a mediation team named after another delegation (وفد روسي إلى جانب فريق الوساطة المصري الذي يضم A وB)', () => {
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا، وشارك فيها وفد روسي إلى جانب فريق الوساطة المصري الذي يضم محمد حسن وأحمد علي.',
        'NEGOTIATION',
      ),
    ).toEqual(['Ahmed Ali:DELEGATE@Egypt', 'Mohammed Hassan:DELEGATE@Egypt']);
  });

  it('gives a person the party or mediator the gazetteer places them in, unless they only speak', () => {
    expect(
      delegatesOf(
        'بدأت في جدة محادثات بين روسيا وأوكرانيا بوساطة مصرية، وشارك فيها بدر عبد العاطي.',
        'NEGOTIATION',
      ),
    ).toEqual(['Badr Abdelatty:DELEGATE@Egypt']);
    expect(
      delegatesOf(
        'وقال بدر عبد العاطي إن محادثات بين روسيا وأوكرانيا بدأت في جدة بوساطة مصرية.',
        'NEGOTIATION',
      ),
    ).toEqual([]);
  });

  it('takes no side from a source quoted with عن', () => {
    const delegates = delegatesOf(
      'نقلت رويترز عن محمد حسن أن محادثات بين روسيا وأوكرانيا بدأت في جدة.',
      'NEGOTIATION',
    );
    expect(delegates).toEqual([]);
  });
});
