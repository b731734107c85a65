// hono-rate-limiter's MemoryStore, with a cap on how many clients it remembers. The store
// forgets clients a window after their last request, but within a window it would hold one
// entry per address however many arrive. Past the cap, new clients share one entry: under such
// a flood they are limited together, and memory stays bounded.
import { MemoryStore } from 'hono-rate-limiter';

export const OVERFLOW = 'overflow';

export class BoundedStore extends MemoryStore {
  constructor(private readonly maxKeys = 10_000) {
    super();
  }

  private bound(key: string): string {
    if (this.current.has(key) || this.previous.has(key)) return key;
    return this.current.size + this.previous.size >= this.maxKeys ? OVERFLOW : key;
  }

  override get(key: string) {
    return super.get(this.bound(key));
  }

  override increment(key: string) {
    return super.increment(this.bound(key));
  }

  override decrement(key: string): void {
    super.decrement(this.bound(key));
  }

  override resetKey(key: string): void {
    super.resetKey(this.bound(key));
  }
}
