import DataLoader from 'dataloader';
import { GqlContext } from '../http/gql-context';

type LoaderBag = Map<string, DataLoader<unknown, unknown>>;

/**
 * One DataLoader per key and per request, kept on the GraphQL context: relation fields of a page of
 * items cost one batched query, not one per item. `batch` returns values in the order of the keys.
 */
export function loaderFor<K, V>(ctx: GqlContext, key: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  const holder = ctx as GqlContext & { loaders?: LoaderBag };
  holder.loaders ??= new Map();
  let loader = holder.loaders.get(key) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>((keys) => batch(keys), { maxBatchSize: 500 });
    holder.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows by the requested keys (missing ones become null), as DataLoader requires. */
export function byKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}
