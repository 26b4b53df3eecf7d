/**
 * The worker thread of `zhen qa EN ZH`: analyses every segment of both documents (quantities,
 * dates, codes, law names; src/qa/analyse.ts) while the main thread aligns them, and posts the
 * analyses back. Loads the same glossaries as the main thread (shipped plus `--glossary` files).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex, shippedGlossaryIndex } from '../glossary/shipped.js';
import { analyseTexts } from '../qa/analyse.js';
import type { Lang } from '../types.js';
import { loadGlossaries } from './glossaries.js';

export interface AnalysisJob {
  source: { texts: string[]; lang: Lang };
  target: { texts: string[]; lang: Lang };
  glossaries: string[];
}

const job = workerData as AnalysisJob;
try {
  const index = job.glossaries.length
    ? buildIndex(loadGlossaries(job.glossaries))
    : shippedGlossaryIndex();
  parentPort!.postMessage({
    source: analyseTexts(job.source.texts, job.source.lang, index),
    target: analyseTexts(job.target.texts, job.target.lang, index),
  });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message });
}
