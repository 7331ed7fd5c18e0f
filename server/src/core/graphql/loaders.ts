import DataLoader from 'dataloader';

/** A typed name for a per-request DataLoader; modules define these next to the service that loads. */
export class LoaderKey<K, V> {
  constructor(
    readonly name: string,
    readonly create: () => DataLoader<K, V>,
  ) {}
}

/** The DataLoaders of one request, created on first use, so batching and caching never cross users. */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key as LoaderKey<unknown, unknown>);
    if (!loader) {
      loader = key.create() as DataLoader<unknown, unknown>;
      this.loaders.set(key as LoaderKey<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders rows to match the requested keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: () => V | null = () => null): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? missing());
}
