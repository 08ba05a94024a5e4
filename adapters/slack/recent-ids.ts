/** A bounded memory of delivery ids applied by this process, oldest forgotten first. */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True when the id was applied recently. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Remembers an applied id. */
  add(id: string): void {
    this.ids.delete(id);
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
  }
}
