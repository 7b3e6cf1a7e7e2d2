import { el, humanize } from './dom.js';

/** Cytoscape draws labels on canvas with this stack, so the browser shapes Arabic there as in the page. */
export const FONT_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

export const KIND_COLOURS = {
  Actor: '#2b6cb0',
  Place: '#2f855a',
  Event: '#805ad5',
  Article: '#718096',
};

export const KIND_SHAPES = {
  Actor: 'ellipse',
  Place: 'diamond',
  Event: 'round-rectangle',
  Article: 'rectangle',
};

export const EVENT_TYPE_COLOURS = {
  AGREEMENT: '#38a169',
  ATTACK: '#e53e3e',
  CAPTURE: '#c05621',
  CRIME: '#97266d',
  DEPLOYMENT: '#2c7a7b',
  DISARMAMENT: '#68d391',
  EVACUATION: '#d69e2e',
  MILITARY_OPERATION: '#9b2c2c',
  NEGOTIATION: '#3182ce',
  STATEMENT: '#a0aec0',
  THREAT: '#dd6b20',
  WITHDRAWAL: '#81e6d9',
};

/** The fact relationships, which neighbourhoods and paths follow by default; any other type is drawn grey. */
export const EDGE_COLOURS = {
  PARTICIPATED_IN: '#6b46c1',
  CLAIMS: '#d69e2e',
  OCCURRED_IN: '#2f855a',
  PART_OF: '#68d391',
  MEMBER_OF: '#4299e1',
};
const OTHER_EDGE_COLOUR = '#a0aec0';

export function nodeColour(node) {
  if (node.__typename === 'Event') return EVENT_TYPE_COLOURS[node.type] ?? KIND_COLOURS.Event;
  return KIND_COLOURS[node.__typename] ?? '#4a5568';
}

/** One line of display name: the canonical name, an event's type and date, an article's title. */
export function nodeName(node) {
  switch (node.__typename) {
    case 'Event':
      return `${humanize(node.type)} · ${node.date ?? 'undated'}`;
    case 'Article':
      return node.title;
    default:
      return node.name;
  }
}

function nodeLabel(node) {
  if (node.__typename === 'Article')
    return node.title.length > 48 ? `${node.title.slice(0, 47)}…` : node.title;
  const name = nodeName(node);
  return node.nameAr && node.nameAr !== name ? `${name}\n${node.nameAr}` : name;
}

function edgeLabel(relationship) {
  if (relationship.role) return humanize(relationship.role);
  if (relationship.stance) return humanize(relationship.stance);
  return humanize(relationship.type);
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      width: 26,
      height: 26,
      'font-family': FONT_STACK,
      'font-size': 11,
      color: '#1a202c',
      'text-wrap': 'wrap',
      'text-max-width': 160,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1a202c' } },
  {
    selector: 'node:selected',
    style: { 'underlay-color': '#f6ad55', 'underlay-opacity': 0.7, 'underlay-padding': 7 },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 9,
      color: '#4a5568',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
    },
  },
  { selector: '.faded', style: { opacity: 0.2 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#dd6b20' },
  },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': '#dd6b20', 'target-arrow-color': '#dd6b20' },
  },
];

const LAYOUT = {
  name: 'cose',
  animate: false,
  randomize: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 110,
  nodeRepulsion: () => 12000,
};

const edgeId = (relationship) => `relationship:${relationship.id}`;

/**
 * The graph view: nodes and relationships merged in as they are fetched.
 * onSelect(id) on a tap on a node, onExpand(id) on a double tap.
 */
export function createGraph(container, { onSelect, onExpand }) {
  const cytoscape = globalThis.cytoscape;
  const cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });

  cy.on('tap', 'node', (event) => onSelect(event.target.id()));
  cy.on('dbltap', 'node', (event) => onExpand(event.target.id()));

  function addNode(node, near) {
    const existing = cy.getElementById(node.id);
    if (existing.nonempty()) return existing;
    const origin = near?.nonempty() ? near.position() : { x: 0, y: 0 };
    return cy.add({
      group: 'nodes',
      data: {
        id: node.id,
        typename: node.__typename,
        name: nodeName(node),
        label: nodeLabel(node),
        colour: nodeColour(node),
        shape: KIND_SHAPES[node.__typename] ?? 'ellipse',
        summary: node,
      },
      // New nodes start around the node they were reached from, so the layout keeps the picture stable.
      position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 },
    });
  }

  function addRelationship(relationship) {
    const id = edgeId(relationship);
    if (cy.getElementById(id).nonempty()) return;
    if (cy.getElementById(relationship.sourceId).empty() || cy.getElementById(relationship.targetId).empty())
      return;
    cy.add({
      group: 'edges',
      data: {
        id,
        source: relationship.sourceId,
        target: relationship.targetId,
        type: relationship.type,
        label: edgeLabel(relationship),
        colour: EDGE_COLOURS[relationship.type] ?? OTHER_EDGE_COLOUR,
        relationship,
      },
    });
  }

  /** Adds what is not there yet; nodes go in first, so every relationship finds both its ends. */
  function merge({ nodes = [], relationships = [] }, nearId) {
    const near = nearId ? cy.getElementById(nearId) : null;
    cy.batch(() => {
      for (const node of nodes) addNode(node, near);
      for (const relationship of relationships) addRelationship(relationship);
    });
    cy.layout(LAYOUT).run();
  }

  function select(id) {
    cy.nodes(':selected').unselect();
    const node = cy.getElementById(id);
    node.select();
    if (node.nonempty()) cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  function highlightPath(path) {
    clearHighlight();
    const ids = new Set(path.nodes.map((node) => node.id));
    const nodes = cy.nodes().filter((node) => ids.has(node.id()));
    const edges = path.hops.flatMap((hop) => hop.relationships.map((r) => cy.getElementById(edgeId(r))));
    const highlighted = nodes.union(cy.collection(edges));
    highlighted.addClass('on-path');
    cy.elements().difference(highlighted).addClass('faded');
    cy.animate({ fit: { eles: highlighted, padding: 60 } }, { duration: 250 });
  }

  function clearHighlight() {
    cy.elements().removeClass('on-path faded');
  }

  return {
    cy,
    merge,
    select,
    highlightPath,
    clearHighlight,
    has: (id) => cy.getElementById(id).nonempty(),
    markExpanded: (id) => cy.getElementById(id).addClass('expanded'),
    clear: () => cy.elements().remove(),
  };
}

function legendGroup(title, entries) {
  return el(
    'section',
    { className: 'legend-group' },
    el('h3', { text: title }),
    el(
      'ul',
      {},
      ...entries.map(([label, colour, shape]) =>
        el(
          'li',
          {},
          el('span', { className: `swatch ${shape ?? ''}`, attrs: { style: `background:${colour}` } }),
          label,
        ),
      ),
    ),
  );
}

/** What the colours and shapes mean: node kinds, event types, relationship types. */
export function renderLegend(container) {
  container.replaceChildren(
    legendGroup(
      'Nodes',
      Object.entries(KIND_COLOURS).map(([kind, colour]) => [kind, colour, `shape-${KIND_SHAPES[kind]}`]),
    ),
    legendGroup(
      'Event types',
      Object.entries(EVENT_TYPE_COLOURS).map(([type, colour]) => [
        humanize(type),
        colour,
        'shape-round-rectangle',
      ]),
    ),
    legendGroup('Relationships', [
      ...Object.entries(EDGE_COLOURS).map(([type, colour]) => [humanize(type), colour, 'line']),
      ['Other', OTHER_EDGE_COLOUR, 'line'],
    ]),
  );
}
