// Worker entry used when Communiqué runs from TypeScript sources (tests, tsx): worker threads do
// not inherit vitest's or tsx's module hooks, so this registers tsx before loading the worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extract-worker.ts');

export default worker.default;
