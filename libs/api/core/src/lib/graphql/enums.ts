/** A GraphQL-registrable enum object ({ A: 'A', ... }) from a readonly list of string values shared with the web. */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
