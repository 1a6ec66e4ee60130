/**
 * 引用 buttons: copy "《title》第X条第Y款" and the clause's URL to the clipboard. Intranet servers
 * often speak plain HTTP, where navigator.clipboard does not exist, so a hidden textarea and
 * execCommand('copy') stand in. The result is announced in a live region.
 */

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

async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea fallback
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-cite]');
  if (!button) return;
  const link = new URL(button.dataset.url ?? '', window.location.href).href;
  const text = `${button.dataset.cite}\n${link}`;
  const ok = await copy(text);
  announce(ok ? `已复制：${button.dataset.cite}` : `复制失败，请手动复制：${button.dataset.cite}`);
  button.dataset.copied = ok ? 'true' : 'false';
});
