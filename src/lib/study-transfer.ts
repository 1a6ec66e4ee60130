/**
 * Carrying the study record to another device inside a link: the record, compacted, compressed
 * (deflate-raw) and base64url-encoded into the URL fragment (`…/study/shuji/#import=…`). A
 * fragment never reaches the server, so the record goes from screen to phone through the QR
 * code alone. The link is built from the page's own location, so it works on any intranet host
 * and under any base path. Runs in browsers and in Node (CompressionStream is in both).
 */
import { parseStudy, type ParseResult, type StudyData } from './study-store.ts';

/** The fragment key: `#import=<payload>`. */
export const IMPORT_KEY = 'import';

/**
 * The record as carried: the answers without their change times (the import stamps its own),
 * which keeps the link short enough for a QR code more often.
 */
function compact(data: StudyData): unknown {
  const answers = Object.fromEntries(Object.entries(data.answers).map(([id, a]) => [id, a.note ? { state: a.state, note: a.note } : { state: a.state }]));
  return { ...data, answers };
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** @example base64url(new Uint8Array([251, 255])) // '-_8' */
export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The record as a fragment payload. */
export async function packRecord(data: StudyData): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compact(data)));
  return base64url(await through(json, new CompressionStream('deflate-raw')));
}

/** Reads a payload back through the same checks and migrations as an imported file. */
export async function unpackRecord(payload: string, now = new Date()): Promise<ParseResult> {
  let value: unknown;
  try {
    const bytes = await through(fromBase64url(payload), new DecompressionStream('deflate-raw'));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: '链接中的记录不完整或已损坏' };
  }
  if (value && typeof value === 'object' && 'answers' in value && value.answers && typeof value.answers === 'object') {
    const stamp = now.toISOString();
    for (const a of Object.values(value.answers as Record<string, unknown>)) {
      if (a && typeof a === 'object') Object.assign(a, { note: '', updated: stamp, ...a });
    }
  }
  return parseStudy(value);
}

/**
 * The link that opens `page` (the current page's URL) and offers to import the record.
 * @example transferUrl('http://kb.example/kb/study/shuji/?x#top', 'abc') // 'http://kb.example/kb/study/shuji/?x#import=abc'
 */
export function transferUrl(page: string, payload: string): string {
  const u = new URL(page);
  u.hash = `${IMPORT_KEY}=${payload}`;
  return u.href;
}

/** The payload of a `#import=…` fragment, or null. */
export function payloadOf(hash: string): string | null {
  const m = new RegExp(`^#${IMPORT_KEY}=([A-Za-z0-9_-]+)$`).exec(hash);
  return m ? m[1]! : null;
}
