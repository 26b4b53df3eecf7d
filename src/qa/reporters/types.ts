/** What every reporter is: a pure function from a QA result to the text of a report. */
import type { QaResult } from '../types.js';

export interface ReporterOptions {
  /** ANSI colours (text report; the CLI sets it when stdout is a terminal) */
  color?: boolean;
  /** zhen's version, written into the report */
  version?: string;
  /** the report's title (HTML) */
  title?: string;
}

export type Reporter = (result: QaResult, options?: ReporterOptions) => string;
