/**
 * The Nu Html Checker (npm vnu-jar, run with the system Java; scripts/ensure-java.sh installs a
 * JRE when there is none). One JVM checks every HTML file under the given paths; the result is
 * the list of errors, each named by file, line and column.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface HtmlError {
  file: string;
  line: number;
  column: number;
  message: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

export function validateHtml(paths: string[]): HtmlError[] {
  const run = spawnSync('java', ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...paths], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`cannot run java for the Nu Html Checker: ${run.error.message} (scripts/ensure-java.sh installs it)`);
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`the Nu Html Checker did not report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' && m.subType !== 'fatal')
    .map((m) => ({
      file: m.url ? relative(process.cwd(), fileURLToPath(m.url)) : '(unknown file)',
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? 0,
      message: m.message,
    }));
}

export const formatHtmlError = (e: HtmlError) => `${e.file}:${e.line}:${e.column}: ${e.message}`;
