/**
 * The study index: the role picker (ticks the roles the reader holds, from the address or the
 * saved record, and sends them to the combined view), the progress bars, and the record panel.
 */
import { progress } from '../lib/study-store';
import { SUBJECTS } from '../lib/subjects';
import { StudyState, notifier } from './study-state';
import { startRecord } from './study-record';

const state = new StudyState();
const say = notifier();
if (state.loadNotice) say(state.loadNotice);
const record = document.querySelector<HTMLElement>('[data-study-record]');
if (record) startRecord(record, state, say);

const picker = document.querySelector<HTMLFormElement>('[data-role-picker]');
if (picker) {
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('[data-role-pick]')];
  const picked = picker.querySelector<HTMLElement>('[data-picked]')!;
  const fromUrl = new URLSearchParams(location.search).getAll('roles').flatMap((v) => v.split(','));
  const initial = fromUrl.length ? fromUrl : state.data.roles;
  for (const box of boxes) box.checked = initial.includes(box.value);
  const label = (id: string) => SUBJECTS.find((s) => s.id === id)?.label ?? id;
  const show = () => {
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    picked.textContent = ids.length ? `已选：${ids.map(label).join('、')}` : '';
  };
  picker.addEventListener('change', show);
  show();
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    const ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ids.length) {
      picked.textContent = '请先勾选至少一个角色。';
      return;
    }
    // The shareable form of the address: ?roles=a,b.
    location.href = `${picker.action}?roles=${ids.join(',')}`;
  });
}

function paintProgress() {
  const { data } = state;
  for (const row of document.querySelectorAll<HTMLElement>('.progress__row')) {
    const articleIds = row.dataset.progressIds?.split(' ').filter(Boolean);
    const topicIds = row.dataset.progressTopics?.split(' ');
    const ownTopic = row.dataset.progressTopic;
    let p = articleIds ? progress(articleIds, data.studied.articles) : progress(topicIds ?? [], data.studied.topics);
    if (ownTopic) {
      // A topic's own bar: its reading articles plus the topic page itself.
      const done = p.done + (data.studied.topics.includes(ownTopic) ? 1 : 0);
      const total = p.total + 1;
      p = { done, total, percent: Math.round((done / total) * 100) };
    }
    row.querySelector('[data-progress-text]')!.textContent = `${p.done} / ${p.total}`;
    const bar = row.querySelector<HTMLElement>('[role=progressbar]')!;
    bar.setAttribute('aria-valuenow', String(p.done));
    bar.querySelector('span')!.style.width = `${p.percent}%`;
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-topic-studied]')) mark.hidden = !data.studied.topics.includes(mark.dataset.topicStudied!);
}
state.onChange(paintProgress);
paintProgress();
