/**
 * Builds the Word file off the page's thread: receives a WorkspaceDocument, answers with the
 * .docx Blob (or an error message). Started only when the reader exports, so the docx library
 * is fetched then, and the page's first script carries no loader for it.
 */
import { toDocx } from './workspace-docx';
import type { WorkspaceDocument } from '../lib/workspace';

self.onmessage = async (e: MessageEvent<WorkspaceDocument>) => {
  try {
    self.postMessage({ ok: true, blob: await toDocx(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, error: String(err) });
  }
};
