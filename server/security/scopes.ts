/** What a credential may do: `read` the graph, `write` to it (which includes reading). */
export type Scope = 'read' | 'write';

const SCOPES: readonly Scope[] = ['read', 'write'];

/** Who sent the request, as far as its credential says, and what it may do. */
export interface Principal {
  /** A name for logs and errors: the JWT subject or the static token's position, never the secret. */
  subject: string;
  scopes: ReadonlySet<Scope>;
}

export function isScope(name: string): name is Scope {
  return (SCOPES as readonly string[]).includes(name);
}

/** The scopes named, with `write` implying `read`; names that are not scopes are left out. */
export function grantScopes(names: Iterable<string>): ReadonlySet<Scope> {
  const granted = new Set<Scope>();
  for (const name of names) {
    if (!isScope(name)) continue;
    granted.add(name);
    if (name === 'write') granted.add('read');
  }
  return granted;
}
