/**
 * What both training scripts start from: the PolNeAR train articles (never dev) and the `--holdout N`
 * flag. Exits with a message, not an error, when ../shared is absent (the committed weights stay).
 */
import { join } from 'node:path';
import { datasetDir } from '../../test/support/shared.js';
import { loadPolnear, type PolnearArticle } from '../eval/polnear-data.js';

export function trainingData(): { articles: PolnearArticle[]; holdout: number } {
  const root = datasetDir('polnear');
  if (!root) {
    console.log('skipped: ../shared/datasets/polnear is absent');
    process.exit(0);
  }
  const holdoutAt = process.argv.indexOf('--holdout');
  const holdout = holdoutAt > 0 ? Number(process.argv[holdoutAt + 1]) : 0;
  return { articles: loadPolnear(join(root, 'train')), holdout };
}
