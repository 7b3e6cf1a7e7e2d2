import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

describe('events and their arguments', () => {
  it('finds talks with their parties, place and mediators', () => {
    const [talks] = analyze(
      'بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع بوساطة سعودية أمريكية',
    );
    expect(talks).toMatchObject({ type: 'NEGOTIATION', place: 'Jeddah' });
    expect(talks?.participants).toEqual([
      'Sudanese Armed Forces:PARTY',
      'Rapid Support Forces:PARTY',
      'Saudi Arabia:MEDIATOR',
      'United States:MEDIATOR',
    ]);
  });

  it('finds an attack, its author and its dead; the state whose city was hit is no target the text names', () => {
    const [attack] = analyze('شنت القوات الروسية هجوما صاروخيا على مدينة خاركيف ما أدى إلى مقتل 7 أشخاص');
    expect(attack).toMatchObject({ type: 'ATTACK', place: 'Kharkiv', casualties: 7 });
    expect(attack?.participants).toEqual(['Russian Armed Forces:INITIATOR']);
  });

  it('reads the agent after a verbal noun', () => {
    const [withdrawal] = analyze('أعلن الوسطاء انسحاب قوات الدعم السريع من مدينة نيالا');
    expect(withdrawal).toMatchObject({ type: 'WITHDRAWAL', place: 'Nyala' });
    expect(withdrawal?.participants).toContain('Rapid Support Forces:INITIATOR');
  });

  it('reads the actors joined after a verb as its subjects', () => {
    const [accord] = analyze('وقعت إثيوبيا وجبهة تحرير شعب تيغراي اتفاقا لوقف الأعمال العدائية');
    expect(accord?.participants.sort()).toEqual(['Ethiopia:PARTY', 'TPLF:PARTY']);
    const [listed] = analyze('وقعت روسيا، أوكرانيا ومصر اتفاقا في جدة.');
    expect(listed?.participants.sort()).toEqual(['Egypt:PARTY', 'Russia:PARTY', 'Ukraine:PARTY']);
    const [delegations] = analyze('وعقدت وفود روسيا وأوكرانيا اجتماعا في جدة.');
    expect(delegations?.participants.sort()).toEqual(['Russia:PARTY', 'Ukraine:PARTY']);
  });

  it('reads the actor right after an attack noun, or after it with لـ, as its author', () => {
    expect(analyze('قتل عشرة أشخاص في هجوم لقوات الدعم السريع على الفاشر')[0]?.participants).toContain(
      'Rapid Support Forces:INITIATOR',
    );
    expect(analyze('أدانت مصر هجوم روسيا على خاركيف')[0]?.participants).toContain('Russia:INITIATOR');
    expect(analyze('ندد الوسطاء باستهداف أوكرانيا.')[0]?.participants).toContain('Ukraine:TARGET');
    expect(analyze('وتجددت اشتباكات قوات الدعم السريع في الفاشر.')[0]?.participants).toContain(
      'Rapid Support Forces:INITIATOR',
    );
  });

  it('reads a noun trigger written in the accusative with its alef (عدوانا، كمينا)', () => {
    const [offensive] = analyze('شنت القوات الروسية عدوانا واسعا على مدينة خاركيف');
    expect(offensive).toMatchObject({ type: 'ATTACK', place: 'Kharkiv' });
    expect(offensive?.participants).toContain('Russian Armed Forces:INITIATOR');
    expect(analyze('نصبت قوات الدعم السريع كمينا قرب الفاشر').map((e) => e.type)).toEqual(['ATTACK']);
  });

  it('reads who claimed an attack told before the claim (وتبنته X، claimed by X) as its author', () => {
    expect(
      analyze('وأدى هجوم بطائرة مسيرة على مدينة الفاشر إلى مقتل عشرة أشخاص، وتبنته قوات الدعم السريع.')[0]
        ?.participants,
    ).toEqual(['Rapid Support Forces:INITIATOR']);
    expect(
      analyze('The attack on El Fasher, claimed by the Rapid Support Forces, killed ten people.')[0]
        ?.participants,
    ).toEqual(['Rapid Support Forces:INITIATOR']);
  });

  it('makes the army a force belongs to, and the army right after قصف, the author of the shelling', () => {
    const participants = (text: string) => analyze(text).flatMap((e) => e.participants);
    expect(participants('قصف الطيران الحربي التابع للجيش الروسي أهدافا في مدينة خاركيف.')).toEqual([
      'Russian Armed Forces:INITIATOR',
    ]);
    expect(participants('قصف الجيش الروسي أهدافا في مدينة خاركيف.')).toEqual([
      'Russian Armed Forces:INITIATOR',
    ]);
    expect(
      participants(
        'قالت القوات المسلحة الروسية إنها تقدمت شرقا. وقصف الطيران الحربي التابع للجيش أهدافا في مدينة خاركيف.',
      ),
    ).toEqual(['Russian Armed Forces:INITIATOR']);
  });

  it('gives no role to the actor another is linked to, backed by or loyal to', () => {
    const participants = (text: string) => analyze(text).flatMap((e) => e.participants);
    expect(participants('هاجم المسلحون المرتبطون بحماس مدينة غوما.')).toEqual([]);
    expect(participants('Hamas-linked gunmen attacked Goma.')).toEqual([]);
    expect(participants('شنت حركة 23 مارس المدعومة من روسيا هجوما على غوما.')).toEqual(['M23:INITIATOR']);
  });

  it('carries a list of mediators past a person named right after one of them, however long the names', () => {
    const [talks] = analyze(
      'بدأت في جدة محادثات بين الجيش السوداني وقوات الدعم السريع برعاية وزارة الدفاع الروسية محمد حسن وقطر.',
    );
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['Russian Defence Ministry:MEDIATOR', 'Qatar:MEDIATOR']),
    );
  });

  it('makes unnamed officials present at talks observers, and a named official present the mediator', () => {
    const [observed] = analyze('بدأت في جدة محادثات بين روسيا وأوكرانيا بحضور مسؤولين من مصر وقطر.');
    expect(observed?.participants).toEqual([
      'Russia:PARTY',
      'Ukraine:PARTY',
      'Egypt:OBSERVER',
      'Qatar:OBSERVER',
    ]);
    const [hosted] = analyze('بدأت في جدة محادثات بين روسيا وأوكرانيا بحضور وزير الخارجية القطري.');
    expect(hosted?.participants).toEqual(['Russia:PARTY', 'Ukraine:PARTY', 'Qatar:MEDIATOR']);
  });

  it('reads a nisba right after the trigger as the attacker', () => {
    const [strike] = analyze('استهدفت الغارات الروسية مدينة خاركيف');
    expect(strike?.participants).toContain('Russia:INITIATOR');
  });

  it('makes an operation with a target an attack', () => {
    expect(analyze('نفذت حماس عملية عسكرية ضد القوات الروسية')[0]?.type).toBe('ATTACK');
  });

  it('keeps a named operation with a target a military operation (عملية «الفجر»، أطلق عليها اسم، dubbed)', () => {
    const types = (text: string) => analyze(text).map((e) => e.type);
    expect(types('أطلقت روسيا عملية "الفجر" ضد أوكرانيا.')).toEqual(['MILITARY_OPERATION']);
    expect(types('أطلقت روسيا عملية أطلقت عليها اسم الفجر ضد أوكرانيا.')).toEqual(['MILITARY_OPERATION']);
    expect(types('Russia launched an operation dubbed Dawn against Ukraine.')).toEqual([
      'MILITARY_OPERATION',
    ]);
  });

  it('keeps a siege with a target a military operation, not an attack', () => {
    expect(analyze('فرضت القوات الروسية حصارا على مدينة خاركيف منذ أشهر')[0]?.type).toBe(
      'MILITARY_OPERATION',
    );
    expect(analyze('Russian forces laid siege to Kharkiv.')[0]?.type).toBe('MILITARY_OPERATION');
  });

  it('reads declaring an emergency, designating a group and appointing someone as statements of their author', () => {
    const statements = (text: string) =>
      analyze(text)
        .filter((e) => e.type === 'STATEMENT')
        .map((e) => e.participants);
    expect(statements('أعلنت الحكومة السودانية حالة الطوارئ في دارفور.')).toEqual([
      ['Government of Sudan:INITIATOR'],
    ]);
    expect(statements('Ukraine declared a state of emergency in Kharkiv.')).toEqual([['Ukraine:INITIATOR']]);
    expect(statements('The United States designated Hamas a terrorist organisation.')).toEqual([
      ['United States:INITIATOR'],
    ]);
    expect(statements('عين وليام روتو مبعوثا جديدا إلى السودان.')).toEqual([['William Ruto:INITIATOR']]);
  });

  it('skips purpose clauses', () => {
    expect(analyze('أطلقت إثيوبيا حملة عسكرية بهدف نزع سلاح جبهة تيغراي').map((e) => e.type)).toEqual([
      'MILITARY_OPERATION',
    ]);
  });

  it('merges the same event told twice and keeps the sentences as evidence', () => {
    const events = analyze(
      'قصفت قوات الدعم السريع مدينة الفاشر أمس. وقال سكان إن قوات الدعم السريع قصفت الفاشر بالمدفعية.',
    );
    expect(events).toHaveLength(1);
  });

  it('makes one act of an attack told at one place once by its target and once by its author', () => {
    const events = analyze(
      'قتل 12 جنديا في هجوم استهدف القوات المسلحة السودانية في مدينة نيالا. واتهم حاكم الإقليم قوات الدعم السريع بقصف مدينة نيالا بطائرات مسيرة.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toEqual([
      'Sudanese Armed Forces:TARGET',
      'Rapid Support Forces:INITIATOR',
    ]);
  });

  it('takes an actor followed by a reporting verb for its speaker, not for the object of the act before it', () => {
    const [attack] = analyze('مقتل 20 شخصا في قصف سوق الفاشر وقوات الدعم السريع تنفي مسؤوليتها.');
    expect(attack?.participants).not.toContain('Rapid Support Forces:TARGET');
    expect(attack?.claims).toEqual(['Rapid Support Forces:DENIES']);
  });

  it('stops a co-author cue (بمشاركة X) at another kind of act told between', () => {
    const [attack] = analyze(
      'قصفت قوات الدعم السريع مدينة الفاشر، وأعلنت ليبيا إلغاء قمة كانت مقررة في طرابلس بمشاركة مصر.',
    );
    expect(attack?.participants).toEqual(['Rapid Support Forces:INITIATOR']);
  });

  it('reads a nisba on a force noun as the state acting (مقاتلات روسية شنت), not the speaker before it', () => {
    const [attack] = analyze('وقالت أوكرانيا إن مقاتلات روسية شنت غارات على مدينة خاركيف.');
    expect(attack?.participants).toEqual(['Russia:INITIATOR']);
  });

  it('reads a nisba after the act and one adjective (غارات جوية روسية) as its author', () => {
    const [attack] = analyze('وكانت غارات جوية روسية استهدفت مدينة خاركيف.');
    expect(attack?.participants).toEqual(['Russia:INITIATOR']);
  });

  it('takes a nisba right after a place for where the place is, not for a target', () => {
    const [attack] = analyze('شنت روسيا غارات على مدينة خاركيف الأوكرانية.');
    expect(attack?.participants).toEqual(['Russia:INITIATOR']);
  });

  it('takes a nisba after a place word (العاصمة السودانية) for where the place is, not for a target', () => {
    const [attack] = analyze('شنت قوات الدعم السريع هجوما على سوق في العاصمة السودانية.');
    expect(attack?.participants).toEqual(['Rapid Support Forces:INITIATOR']);
  });

  it('reads the actor after a لـ written apart and quoted (قصف لـ«X») as the author', () => {
    const [attack] = analyze('مقتل 12 مدنيا في قصف لـ«القوات الروسية» على مدينة خاركيف.');
    expect(attack?.participants).toEqual(['Russian Armed Forces:INITIATOR']);
  });

  it('keeps apart two acts where one side attacks the other', () => {
    const events = analyze('هاجمت حماس مواقع روسية، فيما قصفت الغارات الروسية مواقع حماس.');
    expect(events.map((e) => e.type)).toEqual(['ATTACK', 'ATTACK']);
  });

  it('lists delegates with the side they act for', () => {
    const [talks] = analyze(
      'وذكرت وكالة سونا أن وفد السودان في المفاوضات ضم عمر صديق المسؤول عن الملف، وأحمد محمود نائب المبعوث.',
    );
    expect(talks?.participants).toEqual(
      expect.arrayContaining(['Omar Siddiq:DELEGATE@Sudan', 'Ahmed Mahmoud:DELEGATE@Sudan']),
    );
  });

  it('names no delegates of a delegation whose side is not named, and never a member as its own side', () => {
    const [talks] = analyze(
      'بدأت في جدة جولة مفاوضات جديدة، وضم الوفد عمر صديق المسؤول عن الملف، وأحمد محمود نائب المبعوث.',
    );
    expect(talks?.type).toBe('NEGOTIATION');
    expect(talks?.participants.filter((p) => p.includes(':DELEGATE'))).toEqual([]);
  });

  it('records no statement for the statement a speaker says something in (قالت X في بيان إن)', () => {
    expect(analyze('وقالت قوات الدعم السريع في بيان إن الوضع في مدينة نيالا هادئ.')).toEqual([]);
  });

  it('reads an operations command (مركز قيادة العمليات) as a place of work, not an operation', () => {
    const [attack, ...rest] = analyze(
      'وقال قائد الجيش، في كلمة من مركز قيادة العمليات في موسكو، إن القوات الروسية شنت هجوما بالمسيرات.',
    );
    expect(rest).toEqual([]);
    expect(attack?.place).toBeNull();
  });

  it('reads a withdrawal from the talks or a tournament as no withdrawal of forces, one from a town as one', () => {
    const types = (text: string) => analyze(text).map((e) => e.type);
    expect(types('وأعلنت أوكرانيا الانسحاب من المفاوضات مع روسيا.')).not.toContain('WITHDRAWAL');
    expect(types('Russia withdrew from the talks in Moscow on Monday.')).not.toContain('WITHDRAWAL');
    expect(types('وأعلنت روسيا الانسحاب من مدينة خاركيف.')).toContain('WITHDRAWAL');
  });

  it('records no statement an outlet only relays from an unnamed source, and one it relays from a named speaker', () => {
    expect(analyze('ونقلت وكالة رويترز عن مصدر أمني أن الوضع في نيالا هادئ.')).toEqual([]);
    const [statement] = analyze('ونقلت وكالة رويترز عن الجيش السوداني أن الوضع في نيالا هادئ.');
    expect(statement?.participants).toContain('Sudanese Armed Forces:INITIATOR');
  });

  it('records a statement only where no other event is told', () => {
    expect(analyze('أكدت قطر أن الحل السياسي هو الطريق الوحيد.').map((e) => e.type)).toEqual(['STATEMENT']);
  });

  it('reads a call or demand as a statement by its author, not the events it asks for', () => {
    const events = analyze('قطر تدعو روسيا إلى وقف الهجوم على خاركيف والانسحاب من المدينة');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'STATEMENT', participants: ['Qatar:INITIATOR'] });
  });

  it('reads a plain verb of saying as no statement of its own', () => {
    expect(analyze('وقال محمد عثمان إن الوضع في المدينة هادئ.')).toEqual([]);
    expect(analyze('وأشارت مصر إلى أن الوضع في المدينة هادئ.').map((e) => e.type)).toEqual(['STATEMENT']);
  });

  it('reads a warning as a statement by its author, not the event it warns of', () => {
    const events = analyze('قطر تحذر من انهيار اتفاق وقف إطلاق النار في الفاشر');
    expect(events.map((e) => [e.type, e.participants])).toEqual([['STATEMENT', ['Qatar:INITIATOR']]]);
  });

  it('reads the members of a list closed by and, and no further', () => {
    const [listed] = analyze(
      'Talks between Russia and Ukraine, mediated by Egypt, Qatar and Saudi Arabia, opened on Monday.',
    );
    expect(listed?.participants.filter((p) => p.endsWith('MEDIATOR'))).toEqual([
      'Egypt:MEDIATOR',
      'Qatar:MEDIATOR',
      'Saudi Arabia:MEDIATOR',
    ]);
    const [unlisted] = analyze('Talks between Russia and Ukraine, mediated by Egypt, Qatar said on Monday.');
    expect(unlisted?.participants.filter((p) => p.endsWith('MEDIATOR'))).toEqual(['Egypt:MEDIATOR']);
  });

  it('reads arrests, deployments and flights from their own words', () => {
    const [arrest] = analyze('اعتقلت قوات الدعم السريع عشرات المدنيين في الفاشر');
    expect(arrest).toMatchObject({
      type: 'CRIME',
      place: 'El Fasher',
      participants: ['Rapid Support Forces:INITIATOR'],
    });
    const [deployment] = analyze('واتهمت أوكرانيا روسيا بنشر آلاف الجنود قرب خاركيف');
    expect(deployment).toMatchObject({ type: 'DEPLOYMENT', place: 'Kharkiv' });
  });

  it('reads event nouns with a pronoun suffix (سيطرتها، هجماتهم)', () => {
    const [capture] = analyze('وهذا أكبر تقدم لقوات الدعم السريع منذ سيطرتها على مدينة نيالا.');
    expect(capture).toMatchObject({
      type: 'CAPTURE',
      place: 'Nyala',
      participants: ['Rapid Support Forces:INITIATOR'],
    });
  });

  it("reads no capture in areas under a group's control, and a capture in English retook", () => {
    const fired = analyze('وأطلقت الصواريخ من المناطق الخاضعة لسيطرة قوات الدعم السريع باتجاه مدينة الفاشر.');
    expect(fired.filter((e) => e.type === 'CAPTURE')).toEqual([]);
    expect(analyze('Russian forces retook Kharkiv on Monday.')[0]).toMatchObject({
      type: 'CAPTURE',
      place: 'Kharkiv',
    });
  });

  it('makes the force deployed the subject of a deployment', () => {
    expect(analyze('وانتشرت قوات الدعم السريع في مدينة الفاشر.')[0]?.participants).toEqual([
      'Rapid Support Forces:SUBJECT',
    ]);
    expect(analyze('Russia deployed troops to Kharkiv on Monday.')[0]?.participants).toEqual([
      'Russia:SUBJECT',
    ]);
  });

  it('tells no event that names neither who took part nor where', () => {
    expect(analyze('وأدت الحرب إلى نزوح ملايين الأشخاص.')).toEqual([]);
  });

  it('reads a verb whose subject is an event noun as no event of its own', () => {
    const events = analyze('دخلت الهدنة بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ اليوم');
    expect(events.map((e) => e.type)).toEqual(['AGREEMENT']);
  });

  it('reads وقع after a relative as "took place", not a signature', () => {
    const events = analyze('قصفت القوات الروسية مدينة خاركيف في الهجوم الذي وقع أمس');
    expect(events.map((e) => e.type)).toEqual(['ATTACK']);
  });

  it('gives the members listed in a later sentence to the talks told before, up to a new clause', () => {
    const [talks] = analyze(
      'انطلقت في جدة أمس مفاوضات بين الجيش السوداني وقوات الدعم السريع. وضم الوفد السوداني وزير الدفاع خالد عابدين ورئيس الأركان محمد عثمان، بينما ترأس القائد ياسر علي وفد قوات الدعم السريع.',
    );
    expect(talks?.participants).toEqual([
      'Sudanese Armed Forces:PARTY',
      'Rapid Support Forces:PARTY',
      'Khaled Abidin:DELEGATE@Sudan',
      'Mohammed Osman:DELEGATE@Sudan',
    ]);
  });

  it('reads a definite group noun as the group named before with the same head word', () => {
    const events = analyze(
      'التقى وفد جبهة تيغراي وفد قوات الدعم السريع أمس. وقال مسؤول إن مقاتلي الجبهة سيطروا على مدينة نيالا.',
    );
    expect(events[1]).toMatchObject({ type: 'CAPTURE', place: 'Nyala', participants: ['TPLF:INITIATOR'] });
  });

  it('makes the actor an offensive is led by (بقيادة X) its author', () => {
    const [capture] = analyze('سيطرت فصائل مسلحة بقيادة قوات الدعم السريع على مدينة نيالا أمس.');
    expect(capture).toMatchObject({ type: 'CAPTURE', participants: ['Rapid Support Forces:INITIATOR'] });
  });

  it('reads hosts and observers of talks, and keeps talks with only third parties one event', () => {
    const events = analyze(
      'انطلقت أمس محادثات بين إثيوبيا وجبهة تيغراي. وقال مسؤول إن المحادثات التي تستضيفها قطر تضم مراقبين عن مصر والولايات المتحدة.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.participants).toEqual([
      'Ethiopia:PARTY',
      'TPLF:PARTY',
      'Qatar:MEDIATOR',
      'Egypt:OBSERVER',
      'United States:OBSERVER',
    ]);
  });

  it('reads a state present at a signing (بحضور) as its mediator', () => {
    const [accord] = analyze('وقعت إثيوبيا وجبهة تيغراي اتفاقا بحضور وزير الخارجية القطري.');
    expect(accord?.participants).toContain('Qatar:MEDIATOR');
  });

  it('reads mediators named by their origin (وسطاء من X وY) as states that mediate, past the parties a cue before named', () => {
    const [talks] = analyze(
      'بدأت في جدة مفاوضات مع وصول وفود من روسيا وأوكرانيا وبمشاركة وسطاء من مصر وقطر.',
    );
    expect(talks?.participants.sort()).toEqual([
      'Egypt:MEDIATOR',
      'Qatar:MEDIATOR',
      'Russia:PARTY',
      'Ukraine:PARTY',
    ]);
  });

  it('reads the subject of a verb of hosting before talks as their mediator', () => {
    const [english] = analyze(
      'Saudi Arabia hosted a new round of talks between Russia and Ukraine on Monday.',
    );
    expect(english?.participants.sort()).toEqual(['Russia:PARTY', 'Saudi Arabia:MEDIATOR', 'Ukraine:PARTY']);
    const [arabic] = analyze('تستضيف مصر مفاوضات بين روسيا وأوكرانيا.');
    expect(arabic?.participants.sort()).toEqual(['Egypt:MEDIATOR', 'Russia:PARTY', 'Ukraine:PARTY']);
  });

  it('leaves an actor to the cue right before it, not to an earlier one (a meeting with the mediators from X)', () => {
    const [talks] = analyze(
      "Sudan's delegation left Jeddah after a meeting with the mediators from Egypt and Qatar.",
    );
    expect(talks?.participants.sort()).toEqual(['Egypt:MEDIATOR', 'Qatar:MEDIATOR', 'Sudan:PARTY']);
  });

  it('reads a capital after a mediation cue as its state, and partners joined by مع in the same role', () => {
    const [talks] = analyze(
      'بدأت في جدة محادثات بين القوات المسلحة السودانية وقوات الدعم السريع برعاية موسكو.',
    );
    expect(talks?.participants).toContain('Russia:MEDIATOR');
    const [accord] = analyze('وقعت روسيا وأوكرانيا اتفاقا برعاية مصر مع قطر.');
    expect(accord?.participants.sort()).toEqual([
      'Egypt:MEDIATOR',
      'Qatar:MEDIATOR',
      'Russia:PARTY',
      'Ukraine:PARTY',
    ]);
  });

  it('reads no capture in a ban on entry (حظر الدخول إلى موانئ X)', () => {
    const events = analyze('وقالت قوات الدعم السريع إن السفينة خرقت قرار حظر الدخول إلى موانئ روسيا.');
    expect(events.filter((e) => e.type === 'CAPTURE')).toEqual([]);
  });

  it('finds the subject of a verb after قد before an apposition set off by commas', () => {
    const [attack] = analyze('وكانت قوات الدعم السريع، التي تحاصر المدينة منذ أشهر، قد هاجمت الفاشر.');
    expect(attack?.participants).toEqual(['Rapid Support Forces:INITIATOR']);
  });

  it('reads an overrun (اجتاحت) as a capture, not a flood sweeping villages, and an apposition after a quoted name', () => {
    const [capture] = analyze('وكانت «قوات الدعم السريع»، المؤلفة من مقاتلين قبليين، قد اجتاحت الفاشر.');
    expect(capture).toMatchObject({ type: 'CAPTURE', participants: ['Rapid Support Forces:INITIATOR'] });
    expect(analyze('اجتاحت السيول قرى قرب الفاشر.').filter((e) => e.type === 'CAPTURE')).toEqual([]);
  });
});
