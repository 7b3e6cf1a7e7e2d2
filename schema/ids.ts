/** Whether a value is a graph record of the kind its id prefix names (`actor:`, `place:`, …). */
export function hasIdPrefix(value: unknown, prefix: string): boolean {
  return (
    typeof (value as { id?: unknown })?.id === 'string' && (value as { id: string }).id.startsWith(prefix)
  );
}
