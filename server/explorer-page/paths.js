import { bidi, el, humanize } from './dom.js';
import { nodeName } from './graph.js';
import { evidenceList } from './panel.js';

function relationshipLabel(relationship) {
  const detail = relationship.role ?? relationship.stance;
  return detail ? `${humanize(relationship.type)} (${detail})` : humanize(relationship.type);
}

function hopItem(relationship, names, actions) {
  const source = names.get(relationship.sourceId) ?? relationship.sourceId;
  const target = names.get(relationship.targetId) ?? relationship.targetId;
  return el(
    'li',
    { className: 'hop' },
    el(
      'p',
      { className: 'hop-line' },
      bidi('span', source),
      el('span', { className: 'hop-relationship', text: ` —${relationshipLabel(relationship)}→ ` }),
      bidi('span', target),
    ),
    relationship.onBehalfOf && bidi('p', `for ${relationship.onBehalfOf.name}`, { className: 'muted' }),
    evidenceList(relationship.evidence, actions),
  );
}

/**
 * The paths found between two entities, each with its hops and their evidence.
 * actions: highlight(path), showArticle(articleId).
 */
export function renderPaths(container, search, actions) {
  if (search.paths.length === 0) {
    container.replaceChildren(el('p', { className: 'muted', text: 'No path of up to 4 hops between them.' }));
    return;
  }
  const names = new Map(search.paths.flatMap((path) => path.nodes.map((node) => [node.id, nodeName(node)])));
  const items = search.paths.map((path, index) => {
    const item = el(
      'li',
      { className: 'path', dataset: { length: String(path.length) } },
      el('button', {
        type: 'button',
        className: 'path-title',
        text: `Path ${index + 1}: ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`,
        title: 'Highlight it in the graph',
        on: { click: () => choose(item, path) },
      }),
      bidi('p', path.nodes.map(nodeName).join(' → '), { className: 'path-nodes' }),
      el(
        'ol',
        { className: 'hops' },
        ...path.hops.flatMap((hop) => hop.relationships.map((r) => hopItem(r, names, actions))),
      ),
    );
    return item;
  });
  const choose = (item, path) => {
    for (const other of items) other.classList.toggle('active', other === item);
    actions.highlight(path);
  };
  container.replaceChildren(el('ol', { className: 'path-list' }, ...items));
  if (search.truncated) {
    container.append(
      el('p', { className: 'muted', text: 'The search stopped at its bounds: some paths may be missing.' }),
    );
  }
  choose(items[0], search.paths[0]);
}
