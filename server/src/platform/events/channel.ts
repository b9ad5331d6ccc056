/**
 * An unbounded async queue: producers push, one consumer iterates. Closing it ends the
 * iteration and runs `onClose` once (used to unsubscribe from the bus).
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;

  constructor(private readonly onClose: () => void = () => {}) {}

  push(value: T): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next) next({ value, done: false });
    else this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    this.onClose();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/**
 * Maps and filters a channel one item at a time, in order. Unlike an async generator,
 * `return()` ends it at once even while it waits for the next item.
 */
export function mapChannel<A, B>(source: Channel<A>, map: (item: A) => Promise<B | null>): AsyncIterableIterator<B> {
  const iterator: AsyncIterableIterator<B> = {
    async next() {
      for (;;) {
        const item = await source.next();
        if (item.done) return { value: undefined, done: true };
        const mapped = await map(item.value);
        if (mapped !== null) return { value: mapped, done: false };
      }
    },
    async return() {
      source.close();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
