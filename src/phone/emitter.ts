/** A minimal typed listener set: the one way the core tells the outside world what happened. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  on(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.listeners]) {
      // One failing subscriber (a UI bug, a slow CRM rule) must not stop the others.
      try {
        listener(value);
      } catch (error) {
        console.error('listener failed', error);
      }
    }
  }
}
