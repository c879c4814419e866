/* Knowledge checks (unscored, instant feedback) and scored quizzes (submit, review, retake). */

class Check extends Widget {
  constructor(q, store) {
    super();
    Object.assign(this, { q, key: key("answer", q.id), store, checkBtn: $(q.el, ".cb-check"), retryBtn: $(q.el, ".cb-retry") });
    const saved = store.get(this.key);
    const ok = isObj(saved) && q.valid(saved.a);
    if (ok) q.answer = saved.a;
    else if (saved) store.remove(this.key);
    const checked = ok && saved.c === 1 && q.answered;
    if (checked) q.reveal(false);
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
    q.reveal(false);
    this.store.set(this.key, { a: q.answer, c: 1 });
    this.buttons(true);
    this.retryBtn.focus();
  }
}

/* A scored quiz. The final assessment's feature file extends it with a drawn set (prepare). */
class Quiz extends Widget {
  constructor(form, questions, spec, store) {
    super();
    Object.assign(this, { form, questions, spec, store, key: key("quiz", spec.id) });
    this.submitBtn = $(form, ".cb-submit");
    this.result = $(form, ".cb-result");
    this.title = $(form, ".cb-result-title");
    this.text = $(form, ".cb-result-text");
    this.retakeBtn = $(form, ".cb-retake");
    this.all = questions;
    this.state = this.load();
    this.prepare();
    this.questions.forEach((q) => this.state.a[q.id] && (q.answer = this.state.a[q.id]));
    if (this.state.s) this.review(false);
    else show(this.submitBtn, true);
    this.on(form, "change", () => {
      this.questions.forEach((q) => (this.state.a[q.id] = q.answer));
      this.confirming = false;
      this.save();
    });
    this.on(form, "submit", (e) => {
      e.preventDefault();
      this.submit();
    });
    this.on(this.retakeBtn, "click", () => this.retake());
  }
  load() {
    const s = this.store.get(this.key);
    const fresh = { a: {}, s: false, best: null, n: 0 };
    if (!isObj(s) || !isObj(s.a)) return fresh;
    for (const q of this.questions) if (s.a[q.id] !== undefined && !q.valid(s.a[q.id])) return fresh;
    const num = (x) => (typeof x === "number" && x >= 0 && x <= 100 ? x : null);
    const at = typeof s.at === "string" && /^\d{4}-\d\d-\d\d$/.test(s.at) ? s.at : null;
    return { a: s.a, s: s.s === true, best: num(s.best), n: Number.isInteger(s.n) ? s.n : 0, ok: s.ok === true, at, k: s.k };
  }
  save() {
    this.store.set(this.key, this.state);
  }
  /* Called before answers are restored and on each retake; a plain quiz shows every question. */
  prepare() {}
  score() {
    const total = this.questions.reduce((sum, q) => sum + q.credit(), 0);
    return Math.round((100 * total) / this.questions.length);
  }
  submit() {
    const missing = this.questions.filter((q) => !q.answered);
    if (missing.length && !this.confirming) {
      this.confirming = true;
      const nums = missing.map((q) => this.questions.indexOf(q) + 1).join(", ");
      show(this.result, true);
      show(this.retakeBtn, false);
      this.title.textContent = say("missing_title");
      this.text.textContent = say("missing", { x: nums });
      this.title.focus();
      return;
    }
    this.state.s = true;
    this.state.n += 1;
    this.state.best = Math.max(this.state.best || 0, this.score());
    if (this.state.best >= this.spec.pass && !this.state.ok) Object.assign(this.state, { ok: true, at: today() });
    this.save();
    this.review(true);
  }
  review(focus) {
    this.questions.forEach((q) => q.reveal(true));
    const score = this.score();
    const pass = score >= this.spec.pass;
    const right = this.questions.filter((q) => q.credit() === 1).length;
    show(this.submitBtn, false);
    show(this.result, true);
    const out = this.spec.attempts && this.state.n >= this.spec.attempts;
    show(this.retakeBtn, !out);
    this.questions.forEach((q) => show($(q.el, ".cb-study"), q.credit() < 1));
    this.result.className = "cb-result " + (pass ? "cb-ok" : "cb-no");
    this.title.textContent = say("score", { s: score, v: say(pass ? "passed" : "not_passed") });
    this.text.textContent = say("result", { r: right, n: this.questions.length, p: this.spec.pass }) +
      (pass ? "" : say("retry")) + say("best", { b: this.state.best, n: this.state.n }) + (out ? say("no_attempts") : "");
    if (focus) this.title.focus();
  }
  retake() {
    this.questions.forEach((q) => q.reset());
    Object.assign(this.state, { a: {}, s: false, k: null });
    this.prepare();
    this.confirming = false;
    this.save();
    show(this.result, false);
    show(this.submitBtn, true);
    this.questions[0].focus();
  }
}
