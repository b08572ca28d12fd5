import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './api.js';

export type Async<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: ApiFailure };

/** Runs `load` whenever `key` changes; stale answers are dropped. */
export function useAsync<T>(key: string, load: () => Promise<T>): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (e: unknown) => live && setResult({ state: 'error', error: e instanceof ApiFailure ? e : new ApiFailure('CLIENT', String(e), 0) }),
    );
    return () => {
      live = false;
    };
  }, [key]); // `key` names everything `load` reads
  return result;
}
