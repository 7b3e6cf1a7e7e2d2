import * as api from './api.js';
import { bidi, el, humanize, linkButton } from './dom.js';
import { createGraph, EVENT_TYPE_COLOURS, nodeColour, nodeName, renderLegend } from './graph.js';
import { renderDetails, renderLoading } from './panel.js';
import { renderPaths } from './paths.js';

const byId = (id) => document.getElementById(id);
const panel = byId('panel');
const statusLine = byId('status');

const state = {
  /** Nodes whose neighbourhood is in the graph: re-fetched when the filters change. */
  expanded: new Set(),
  selectedId: null,
  pathEnds: { from: null, to: null },
  pending: 0,
};

function setStatus(message, kind = 'info') {
  statusLine.textContent = message;
  statusLine.className = kind;
}

/** Runs one user action: shows it as busy, and any error (GraphQL's included) in the status line. */
async function run(busyMessage, action) {
  state.pending += 1;
  document.body.dataset.busy = 'true';
  setStatus(busyMessage, 'busy');
  try {
    return await action();
  } catch (error) {
    setStatus(`Error: ${error.message}`, 'error');
    return undefined;
  } finally {
    state.pending -= 1;
    if (state.pending === 0) delete document.body.dataset.busy;
  }
}

const graph = createGraph(byId('graph'), { onSelect: select, onExpand: expand });
const actions = { select, expand, setPathEnd, showArticle };

// --- filters

function filters() {
  const ticked = [...document.querySelectorAll('#event-types input:checked')].map((input) => input.value);
  return {
    eventTypes: ticked.length ? ticked : null,
    from: byId('filter-from').value || null,
    to: byId('filter-to').value || null,
  };
}

function renderEventTypeFilter() {
  byId('event-types').append(
    ...Object.entries(EVENT_TYPE_COLOURS).map(([type, colour]) =>
      el(
        'label',
        { className: 'event-type' },
        el('input', { type: 'checkbox', value: type }),
        el('span', { className: 'swatch', attrs: { style: `background:${colour}` } }),
        humanize(type),
      ),
    ),
  );
}

/** Re-fetches every expanded neighbourhood under the new filters, starting from an empty graph. */
async function applyFilters() {
  const { from, to } = filters();
  if (from && to && from > to) {
    setStatus('Error: the "from" date is after the "to" date', 'error');
    return;
  }
  const centres = [...state.expanded];
  state.expanded.clear();
  graph.clear();
  for (const id of centres) {
    if (!(await expand(id))) return;
  }
  if (state.selectedId) await select(state.selectedId);
}

// --- graph and panel

/** Resolves true once the neighbourhood is in the graph, false when fetching it failed. */
async function expand(id) {
  const done = await run('Expanding…', async () => {
    const neighborhood = await api.neighborhood(id, filters());
    graph.merge(
      { nodes: [neighborhood.center, ...neighborhood.nodes], relationships: neighborhood.relationships },
      id,
    );
    state.expanded.add(id);
    graph.markExpanded(id);
    const cut = neighborhood.truncated ? ' (cut short: narrow the filters to see the rest)' : '';
    setStatus(
      `${nodeName(neighborhood.center)}: ${neighborhood.nodes.length} nodes, ${neighborhood.relationships.length} relationships${cut}`,
    );
    return true;
  });
  return done === true;
}

/** The timeline query filters by date only; the event-type filter applies to it here. */
function ofEventTypes(timeline, eventTypes) {
  if (!eventTypes) return timeline;
  return { ...timeline, entries: timeline.entries.filter((entry) => eventTypes.includes(entry.event.type)) };
}

async function select(id) {
  state.selectedId = id;
  graph.select(id);
  const summary = graph.cy.getElementById(id).data('summary');
  renderLoading(panel, summary ? nodeName(summary) : 'details');
  await run('Loading details…', async () => {
    const node = await api.details(id);
    if (!node) throw new Error(`no node has the id ${id}`);
    const hasTimeline = node.__typename === 'Actor' || node.__typename === 'Place';
    const chosen = filters();
    const timeline = hasTimeline ? ofEventTypes(await api.timeline(id, chosen), chosen.eventTypes) : null;
    if (state.selectedId !== id) return; // another node was chosen meanwhile
    renderDetails(panel, node, { timeline, actions });
    setStatus(`${node.__typename}: ${nodeName(node)}`);
  });
}

/** An article in the panel, for evidence whose article has no address of its own. */
async function showArticle(id) {
  const back = state.selectedId;
  renderLoading(panel, 'the article');
  await run('Loading the article…', async () => {
    const article = await api.details(id);
    renderDetails(panel, article, { timeline: null, actions });
    if (back) panel.prepend(linkButton('← Back', () => select(back), { className: 'back' }));
    setStatus(`Article: ${article.title}`);
  });
}

/** A search result goes into the graph with its neighbourhood; an article opens in the panel. */
async function show(node) {
  if (node.__typename === 'Article') {
    await showArticle(node.id);
    return;
  }
  graph.merge({ nodes: [node] });
  if (await expand(node.id)) await select(node.id);
}

// --- search

function resultItem(result) {
  const { node } = result;
  const name = nodeName(node);
  const matchedOther = result.matched && result.matched !== name && result.matched !== node.nameAr;
  const canBePathEnd = node.__typename !== 'Article';
  return el(
    'li',
    { className: 'result', dataset: { typename: node.__typename, id: node.id, name } },
    el('span', { className: 'swatch', attrs: { style: `background:${nodeColour(node)}` } }),
    linkButton(name, () => show(node), { className: 'result-name', title: 'Show it in the graph' }),
    node.nameAr &&
      node.nameAr !== name && [' ', bidi('span', node.nameAr, { className: 'name-ar', lang: 'ar' })],
    el('span', { className: 'muted', text: ` ${node.__typename} · ${humanize(result.match)}` }),
    matchedOther && bidi('q', result.matched, { className: 'matched' }),
    canBePathEnd &&
      el(
        'span',
        { className: 'result-actions' },
        el('button', { type: 'button', text: 'From', on: { click: () => setPathEnd('from', node) } }),
        el('button', { type: 'button', text: 'To', on: { click: () => setPathEnd('to', node) } }),
      ),
  );
}

async function search(text) {
  await run(`Searching for ${text}…`, async () => {
    const results = await api.search(text);
    const list = byId('results');
    list.replaceChildren(...results.map(resultItem));
    if (results.length === 0) list.append(el('li', { className: 'muted', text: 'Nothing found.' }));
    setStatus(`${results.length} results for ${text}`);
  });
}

// --- paths

function setPathEnd(end, node) {
  state.pathEnds[end] = node;
  const slot = byId(`path-${end}`);
  slot.textContent = nodeName(node);
  slot.classList.remove('muted');
  byId('find-paths').disabled = !(state.pathEnds.from && state.pathEnds.to);
}

async function findPaths() {
  const { from, to } = state.pathEnds;
  await run('Finding paths…', async () => {
    const search = await api.paths(from.id, to.id);
    graph.clearHighlight();
    graph.merge({
      nodes: search.paths.flatMap((path) => path.nodes),
      relationships: search.paths.flatMap((path) => path.hops.flatMap((hop) => hop.relationships)),
    });
    renderPaths(byId('paths'), search, { highlight: graph.highlightPath, showArticle: actions.showArticle });
    setStatus(`${search.paths.length} paths from ${nodeName(from)} to ${nodeName(to)}`);
  });
}

// --- wiring

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId('search-input').value.trim();
  if (text) search(text);
});
byId('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  applyFilters();
});
byId('filters-clear').addEventListener('click', () => {
  byId('filters').reset();
  applyFilters();
});
byId('find-paths').addEventListener('click', findPaths);
graph.cy.on('tap', (event) => {
  if (event.target === graph.cy) graph.clearHighlight();
});

renderEventTypeFilter();
renderLegend(byId('legend'));
setStatus('Ready: search for an actor, a place or an article.');

/** For the console and the browser test. */
window.explorer = { cy: graph.cy, state };
