/**
 * The study record of this page: loaded once from this browser's storage, saved on every change,
 * and shared by the page's parts (checklist, record panel, progress), which repaint when it
 * changes — here, in another tab (the `storage` event), or by an import.
 */
import { STORAGE_KEY, browserStorage, loadStudy, saveStudy, type StudyData } from '../lib/study-store';

export class StudyState {
  readonly storage = browserStorage();
  data: StudyData;
  /** Keys of unreadable records set aside. */
  aside: string[];
  /** What loading found worth saying (migrated, set aside, no storage). */
  readonly loadNotice: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor() {
    const loaded = loadStudy(this.storage);
    this.data = loaded.data;
    this.aside = loaded.aside;
    this.loadNotice = loaded.notice;
    window.addEventListener('storage', (e) => {
      if (e.key === STORAGE_KEY) this.reload();
    });
  }

  /** Saves and repaints; false when the browser would not save (the change still shows). */
  set(next: StudyData): boolean {
    this.data = next;
    const saved = saveStudy(this.storage, next);
    this.emit();
    return saved || !this.storage;
  }

  reload() {
    const loaded = loadStudy(this.storage);
    this.data = loaded.data;
    this.aside = loaded.aside;
    this.emit();
  }

  onChange(listener: () => void) {
    this.listeners.add(listener);
  }

  private emit() {
    for (const l of this.listeners) l();
  }
}

/** The page's status line ([data-study-notice]); empty text hides it. */
export function notifier(root: ParentNode = document): (text: string) => void {
  const notice = root.querySelector<HTMLElement>('[data-study-notice]');
  return (text) => {
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = !text;
  };
}
