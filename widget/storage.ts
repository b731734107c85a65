// Storage that never throws: Safari private mode, blocked cookies and full quotas all
// degrade to "remember nothing", and the widget keeps working in memory.
import type { StorageLike } from './platform.ts';

export interface SafeStore {
  read<T>(key: string): T | null;
  write(key: string, value: unknown): void;
}

export const safeStore = (storage: StorageLike | null): SafeStore => ({
  read(key) {
    try {
      return JSON.parse(storage?.getItem(key) || 'null');
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      /* full or blocked: the conversation lives on in memory */
    }
  },
});
