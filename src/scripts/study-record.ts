/**
 * The record panel (src/components/study/StudyRecord.astro): says where the record lives, and
 * moves it to another device — a JSON file (export / import) or a QR code whose link carries the
 * record in its fragment. A link opened here (`#import=…`) and an imported file over an existing
 * record are never applied silently: a dialog shows what comes in and what it replaces.
 */
import { STORAGE_KEY, describeStudy, exportFileName, isEmptyStudy, parseStudy, serializeStudy, summarizeStudy, type StudyData } from '../lib/study-store';
import { packRecord, payloadOf, transferUrl, unpackRecord } from '../lib/study-transfer';
import type { StudyState } from './study-state';

export function startRecord(panel: HTMLElement, state: StudyState, say: (text: string) => void) {
  panel.hidden = false;
  const $ = <T extends Element>(sel: string) => panel.querySelector<T>(sel)!;
  const hint = $<HTMLElement>('[data-elsewhere-hint]');
  const asideButton = $<HTMLButtonElement>('[data-export-aside]');
  const qrDialog = $<HTMLDialogElement>('[data-qr-dialog]');
  const importDialog = $<HTMLDialogElement>('[data-import-dialog]');

  const paint = () => {
    // An empty record here, on a device the reader may never have used: say why it is empty.
    hint.hidden = !isEmptyStudy(summarizeStudy(state.data));
    asideButton.hidden = state.aside.length === 0;
  };
  state.onChange(paint);
  paint();

  const download = (name: string, text: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  /** Asks before anything is replaced; resolves true when the reader chose to import. */
  const confirmImport = (incoming: StudyData): Promise<boolean> => {
    const current = summarizeStudy(state.data);
    $('[data-import-incoming]').textContent = describeStudy(summarizeStudy(incoming));
    $('[data-import-current]').textContent = describeStudy(current);
    $<HTMLElement>('[data-import-replaces]').hidden = isEmptyStudy(current);
    $<HTMLElement>('[data-import-empty]').hidden = !isEmptyStudy(current);
    importDialog.returnValue = '';
    importDialog.showModal();
    return new Promise((resolve) => importDialog.addEventListener('close', () => resolve(importDialog.returnValue === 'import'), { once: true }));
  };

  const apply = (data: StudyData, migratedFrom: number | undefined) => {
    const saved = state.set(data);
    say(
      `已导入学习记录：${describeStudy(summarizeStudy(data))}${migratedFrom ? `（已从第${migratedFrom}版升级）` : ''}。${saved ? '' : '但浏览器未能保存，请再导出留存。'}`,
    );
  };

  $('[data-export]').addEventListener('click', () => {
    download(exportFileName(), serializeStudy(state.data));
    say('已导出学习记录（JSON 文件）。把文件传到另一台设备，在那里点“导入记录”即可继续。');
  });

  asideButton.addEventListener('click', () => {
    const raw = state.aside.map((k) => ({ key: k, raw: state.storage?.getItem(k) ?? '' }));
    download(`无法读取的学习记录-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(raw, null, 1));
  });

  $<HTMLInputElement>('[data-import]').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseStudy(await file.text());
    if (!parsed.ok) {
      say(`未导入：${parsed.reason}。本页的记录没有改变。`);
      return;
    }
    // The reader chose the file; ask only when there is something here it would replace.
    if (!isEmptyStudy(summarizeStudy(state.data)) && !(await confirmImport(parsed.data))) {
      say('未导入：本页的记录没有改变。');
      return;
    }
    apply(parsed.data, parsed.migratedFrom);
  });

  $('[data-clear]').addEventListener('click', () => {
    if (!window.confirm('清除这个浏览器中保存的全部学习记录（所有角色的自评、备注和学习进度）？此操作不能撤销，建议先导出。')) return;
    state.storage?.removeItem(STORAGE_KEY);
    for (const k of state.aside) state.storage?.removeItem(k);
    state.reload();
    say('已清除这个浏览器中的学习记录。');
  });

  $('[data-qr]').addEventListener('click', async () => {
    const link = transferUrl(location.href, await packRecord(state.data));
    const code = $<HTMLElement>('[data-qr-code]');
    let svg: string | null = null;
    try {
      // The QR encoder is loaded only when a reader asks for a code.
      const { renderSVG } = await import('uqr');
      svg = renderSVG(link, { ecc: 'L', border: 4 });
    } catch {
      svg = null; // "Data too long": more than one code can hold.
    }
    $<HTMLElement>('[data-qr-fits]').hidden = svg === null;
    $<HTMLElement>('[data-qr-toolong]').hidden = svg !== null;
    $('[data-qr-size]').textContent = `链接长 ${link.length} 个字符`;
    if (svg) {
      code.innerHTML = svg;
      $('[data-qr-what]').textContent = `二维码中的记录：${describeStudy(summarizeStudy(state.data))}。`;
      $<HTMLInputElement>('[data-qr-link]').value = link;
    } else code.replaceChildren();
    qrDialog.showModal();
  });
  $<HTMLInputElement>('[data-qr-link]').addEventListener('focus', (e) => (e.target as HTMLInputElement).select());

  // Opened from a QR code or a copied link: offer the record it carries. A link to the page
  // already open changes only the fragment, so listen for that too.
  const offerFromLink = async () => {
    const payload = payloadOf(location.hash);
    if (!payload) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    const parsed = await unpackRecord(payload);
    if (!parsed.ok) {
      say(`未导入：${parsed.reason}。这个浏览器中的记录没有改变。`);
      return;
    }
    if (await confirmImport(parsed.data)) apply(parsed.data, parsed.migratedFrom);
    else say('未导入链接中的记录：这个浏览器中的记录没有改变。');
  };
  window.addEventListener('hashchange', () => void offerFromLink());
  void offerFromLink();
}
