/**
 * A Map that keeps at most `max` entries: setting a key makes it the newest, and the oldest entry
 * goes when one too many is held. For the in-process caches (formatted dates, rendered cards, Graph
 * clients and chat ids, saved conversation references) that must not grow without end.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.max) super.delete(this.keys().next().value as K);
    return this;
  }
}
