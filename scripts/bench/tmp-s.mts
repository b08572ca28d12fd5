import { benchSearch } from './search.js';
import { formatSection } from '../eval/report.js';
console.log(formatSection(await benchSearch('/tmp/communique-bench-1m.db', 0)));
