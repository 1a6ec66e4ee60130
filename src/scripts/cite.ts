/**
 * 引用 buttons: copy "《title》第X条第Y款" and the clause's URL to the clipboard (with a fallback
 * for plain HTTP, see clipboard.ts). The result is announced in a live region.
 */
import { copyText } from './clipboard';

function announce(message: string) {
  let region = document.getElementById('cite-status');
  if (!region) {
    region = document.createElement('div');
    region.id = 'cite-status';
    region.className = 'cite-status';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
  window.setTimeout(() => {
    if (region) region.textContent = '';
  }, 2500);
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-cite]');
  if (!button) return;
  const link = new URL(button.dataset.url ?? '', window.location.href).href;
  const text = `${button.dataset.cite}\n${link}`;
  const ok = await copyText(text);
  announce(ok ? `已复制：${button.dataset.cite}` : `复制失败，请手动复制：${button.dataset.cite}`);
  button.dataset.copied = ok ? 'true' : 'false';
});
