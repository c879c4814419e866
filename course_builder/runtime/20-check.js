/* Knowledge checks: unscored practice with instant feedback; they count toward no score. */

class Check extends Widget {
  constructor(q, store) {
    super();
    Object.assign(this, { q, key: key("answer", q.id), store, checkBtn: $(q.el, ".cb-check"), retryBtn: $(q.el, ".cb-retry") });
    const saved = store.get(this.key);
    const ok = isObj(saved) && q.valid(saved.a);
    if (ok) q.answer = saved.a;
    else if (saved) store.remove(this.key);
    const checked = ok && saved.c === 1 && q.answered;
    if (checked) q.reveal();
    this.buttons(checked);
    this.on(q.el, "change", () => store.set(this.key, { a: q.answer, c: 0 }));
    this.on(this.checkBtn, "click", () => this.check());
    this.on(this.retryBtn, "click", () => {
      q.reset();
      store.remove(this.key);
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
    this.store.set(this.key, { a: q.answer, c: 1 });
    this.buttons(true);
    this.retryBtn.focus();
  }
}
