/* Knowledge checks: unscored practice with instant feedback; they count toward no score.
   Each answer record also keeps when the question is due for review (the Review page): a step
   `s` and a due day `d` (days since 1970). Wrong: due now, step 0. Right: the next step, due
   1, 3 or 7 days later; a right answer at step 3 retires it (step 4). A first right answer in a
   lesson starts at step 2 (back in 3 days). */
const dayNumber = () => Math.floor(Date.now() / 864e5);
const INTERVALS = [1, 3, 7];
const schedule = (prev, ok, review) => {
  const s = isObj(prev) && Number.isInteger(prev.s) ? prev.s : -1;
  if (!ok) return { s: 0, d: dayNumber() };
  const step = !review && s < 0 ? 2 : Math.min(Math.max(s, 0) + 1, 4);
  return { s: step, d: step > 3 ? 0 : dayNumber() + INTERVALS[step - 1] };
};
const due = (rec) => isObj(rec) && rec.c === 1 && Number.isInteger(rec.s) && rec.s < 4 && rec.d <= dayNumber();
const kept = (rec) => (isObj(rec) && Number.isInteger(rec.s) ? { s: rec.s, d: rec.d } : {});

class Check extends Widget {
  /* `review`: the Review page's copy: starts unanswered, and an answer moves the schedule on. */
  constructor(q, store, review = false) {
    super();
    Object.assign(this, { q, review, key: key("answer", q.id), store, checkBtn: $(q.el, ".cb-check"),
      retryBtn: $(q.el, ".cb-retry") });
    const saved = store.get(this.key);
    const ok = isObj(saved) && q.valid(saved.a);
    if (ok && !review) q.answer = saved.a;
    else if (saved && !ok && !Number.isInteger(saved.s)) store.remove(this.key);
    const checked = !review && ok && saved.c === 1 && q.answered;
    if (checked) q.reveal();
    this.buttons(checked);
    if (!review) this.on(q.el, "change", () => store.set(this.key, { ...kept(store.get(this.key)), a: q.answer, c: 0 }));
    this.on(this.checkBtn, "click", () => this.check());
    this.on(this.retryBtn, "click", () => {
      q.reset();
      if (!review) store.set(this.key, { ...kept(store.get(this.key)), c: 0 });
      this.buttons(false);
      q.focus();
    });
  }
  buttons(checked) {
    show(this.checkBtn, !checked);
    show(this.retryBtn, checked);
  }
  check() {
    const q = this.q;
    if (!q.answered) {
      q.status.textContent = say("answer_first");
      q.focus();
      return;
    }
    q.reveal();
    const prev = this.store.get(this.key);
    this.store.set(this.key, { a: q.answer, c: 1, ...schedule(prev, q.credit() === 1, this.review) });
    this.buttons(true);
    this.retryBtn.focus();
  }
}
