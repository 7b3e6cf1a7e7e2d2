/**
 * Builds an element. Text always goes in as text, never as HTML: names and sentences come from news pages.
 * props: className, text, dir, title, href, type, dataset ({...}), attrs ({...}), on ({ click: fn, ... }).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { className, text, dataset, attrs, on, ...properties } = props;
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.assign(node, properties);
  for (const [key, value] of Object.entries(dataset ?? {})) node.dataset[key] = value;
  for (const [key, value] of Object.entries(attrs ?? {})) node.setAttribute(key, value);
  for (const [event, handler] of Object.entries(on ?? {})) node.addEventListener(event, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Text that may be Arabic, English or both: its direction comes from its first strong character. */
export function bidi(tag, text, props = {}) {
  return el(tag, {
    dir: 'auto',
    text,
    ...props,
    className: ['bidi', props.className].filter(Boolean).join(' '),
  });
}

/** A button that looks like a link, for moving around the graph from the panel. */
export function linkButton(label, onClick, props = {}) {
  return el('button', {
    type: 'button',
    dir: 'auto',
    ...props,
    className: ['link', props.className].filter(Boolean).join(' '),
    text: label,
    on: { click: onClick },
  });
}

/** An upper-case enum value as words: MILITARY_OPERATION -> Military operation. */
export function humanize(value) {
  if (!value) return '';
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
