import { bidi, el, humanize, linkButton } from './dom.js';
import { nodeColour, nodeName } from './graph.js';

/**
 * The side panel for one node. actions: select(id), expand(id), setPathEnd('from' | 'to', node),
 * showArticle(articleId).
 */
export function renderDetails(container, node, { timeline, actions }) {
  const sections = {
    Actor: () => entitySections(node, timeline, actions),
    Place: () => entitySections(node, timeline, actions),
    Event: () => eventSections(node, actions),
    Article: () => articleSections(node),
  }[node.__typename];
  container.replaceChildren(header(node, actions), ...(sections?.() ?? []));
}

/** Shown instead of the details while they load, so a slow answer never shows the previous node. */
export function renderLoading(container, label) {
  container.replaceChildren(el('p', { className: 'muted', dir: 'auto', text: `Loading ${label}…` }));
}

function header(node, actions) {
  const kind = node.actorKind ?? node.placeKind ?? node.articleKind ?? node.factuality;
  const canExpand = node.__typename !== 'Article';
  return el(
    'header',
    { className: 'details-header' },
    el('span', { className: 'swatch', attrs: { style: `background:${nodeColour(node)}` } }),
    bidi('h2', nodeName(node), { className: 'details-title' }),
    el('p', {
      className: 'muted',
      text: [...new Set([node.__typename, humanize(kind)])].filter(Boolean).join(' · '),
    }),
    el(
      'div',
      { className: 'actions' },
      canExpand &&
        el('button', {
          type: 'button',
          className: 'expand',
          text: 'Expand',
          title: 'Add its neighbourhood to the graph',
          on: { click: () => actions.expand(node.id) },
        }),
      canExpand &&
        el('button', {
          type: 'button',
          text: 'Path from',
          on: { click: () => actions.setPathEnd('from', node) },
        }),
      canExpand &&
        el('button', {
          type: 'button',
          text: 'Path to',
          on: { click: () => actions.setPathEnd('to', node) },
        }),
    ),
  );
}

function section(title, ...children) {
  return el('section', { className: 'details-section' }, el('h3', { text: title }), ...children);
}

function entitySections(node, timeline, actions) {
  const names = el(
    'dl',
    { className: 'names' },
    node.nameEn && [el('dt', { text: 'English' }), bidi('dd', node.nameEn, { lang: 'en' })],
    node.nameAr && [el('dt', { text: 'Arabic' }), bidi('dd', node.nameAr, { lang: 'ar' })],
    node.lat != null && [el('dt', { text: 'Coordinates' }), el('dd', { text: `${node.lat}, ${node.lon}` })],
  );
  const aliases = el(
    'ul',
    { className: 'aliases' },
    ...(node.aliases ?? []).map((alias) => bidi('li', alias)),
  );
  const containers = [node.partOf, ...(node.memberOf ?? [])].filter(Boolean);
  return [
    section('Names', names),
    section('Aliases', aliases),
    containers.length > 0 &&
      section(
        node.__typename === 'Place' ? 'Part of' : 'Member of',
        el(
          'ul',
          {},
          ...containers.map((c) =>
            el(
              'li',
              {},
              linkButton(c.name, () => actions.select(c.id)),
            ),
          ),
        ),
      ),
    timeline && timelineSection(timeline, actions),
  ].filter(Boolean);
}

function timelineSection(timeline, actions) {
  const shown = timeline.entries.length;
  const count = shown === timeline.totalCount ? `${shown}` : `${shown} shown of ${timeline.totalCount}`;
  const undated = timeline.undatedCount ? `, ${timeline.undatedCount} undated` : '';
  const entries = timeline.entries.map((entry) =>
    el(
      'li',
      { className: 'timeline-entry', dataset: { eventType: entry.event.type, eventId: entry.event.id } },
      el('span', { className: 'swatch', attrs: { style: `background:${nodeColour(entry.event)}` } }),
      linkButton(nodeName(entry.event), () => actions.select(entry.event.id)),
      entry.roles.length > 0 && el('span', { className: 'roles', text: entry.roles.join(', ') }),
      entry.event.place && bidi('span', `in ${entry.event.place.name}`, { className: 'muted' }),
    ),
  );
  return section(
    `Events (${count}${undated})`,
    entries.length
      ? el('ol', { className: 'timeline' }, ...entries)
      : el('p', { className: 'muted', text: 'None.' }),
  );
}

function eventSections(event, actions) {
  const facts = el(
    'dl',
    { className: 'facts' },
    el('dt', { text: 'Date' }),
    el('dd', { text: event.date ?? 'undated' }),
    el('dt', { text: 'Factuality' }),
    el('dd', { text: event.factuality }),
    event.place && [
      el('dt', { text: 'Place' }),
      el(
        'dd',
        {},
        linkButton(event.place.name, () => actions.select(event.place.id)),
      ),
    ],
    event.casualties != null && [
      el('dt', { text: 'Casualties' }),
      el('dd', { text: String(event.casualties) }),
    ],
  );
  const participants = event.participants.map((participation) =>
    el(
      'li',
      { className: 'participant', dataset: { role: participation.role } },
      el('span', { className: 'role', text: participation.role }),
      linkButton(participation.entity.name, () => actions.select(participation.entity.id)),
      participation.onBehalfOf &&
        bidi('span', `for ${participation.onBehalfOf.name}`, { className: 'muted' }),
    ),
  );
  const claims = event.claims.map((claim) =>
    el(
      'li',
      { className: 'claim', dataset: { stance: claim.stance } },
      el('span', { className: 'role', text: claim.stance }),
      linkButton(claim.by.name, () => actions.select(claim.by.id)),
      evidenceList(claim.evidence, actions),
    ),
  );
  return [
    section('Facts', facts),
    section('Participants', el('ul', { className: 'participants' }, ...participants)),
    claims.length > 0 && section('Claims', el('ul', { className: 'claims' }, ...claims)),
    section('Evidence', evidenceList(event.evidence, actions)),
    event.reportedIn.length > 0 &&
      section(
        'Reported in',
        el('ul', {}, ...event.reportedIn.map((article) => el('li', {}, articleLink(article, actions)))),
      ),
  ].filter(Boolean);
}

function articleSections(article) {
  return [
    section(
      'Article',
      el(
        'dl',
        { className: 'facts' },
        el('dt', { text: 'Published' }),
        el('dd', { text: article.publishedAt ?? 'unknown' }),
        article.source && [el('dt', { text: 'Source' }), bidi('dd', article.source.name)],
        article.url && [
          el('dt', { text: 'Link' }),
          el(
            'dd',
            {},
            el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', text: article.url }),
          ),
        ],
      ),
    ),
    section('Text', bidi('div', article.text, { className: 'article-text' })),
  ];
}

/** Evidence sentences, each with the article it comes from. */
export function evidenceList(evidence, actions) {
  const items = evidence
    .filter((item) => item.sentence)
    .map((item) =>
      el(
        'li',
        { className: 'evidence', dataset: { articleId: item.article?.id ?? '' } },
        bidi('blockquote', item.sentence),
        item.article && articleLink(item.article, actions),
      ),
    );
  return items.length
    ? el('ul', { className: 'evidence-list' }, ...items)
    : el('p', { className: 'muted', text: 'No evidence sentence.' });
}

/** The article's own page when it has one; otherwise its text opens in the panel. */
function articleLink(article, actions) {
  if (article.url) {
    return el('a', {
      className: 'article-link',
      href: article.url,
      target: '_blank',
      rel: 'noopener noreferrer',
      dir: 'auto',
      text: article.title,
    });
  }
  return linkButton(article.title, () => actions.showArticle(article.id), {
    className: 'article-link',
    title: 'Show the article text',
  });
}
