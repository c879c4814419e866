/* The Review page: the knowledge-check questions that are due (20-check.js keeps the schedule
   in each answer record), a few at a time, each with its feedback and a link to its lesson. */
const BATCH = 5;

class Review extends Widget {
  constructor(root, specs, store) {
    super();
    Object.assign(this, { root, store, done: new Set(), checks: [] });
    this.status = $(root, ".cb-review-status");
    this.nextBtn = $(root, ".cb-review-next");
    this.questions = CB.lib.questionsIn(root, specs, "review");
    this.on(this.nextBtn, "click", () => this.batch(true));
    this.batch(false);
  }
  /* Due questions not yet answered on this visit, the longest overdue first. */
  due() {
    const rec = (q) => this.store.get(key("answer", q.id));
    return this.questions.filter((q) => !this.done.has(q.id) && CB.lib.due(rec(q)))
      .sort((a, b) => rec(a).d - rec(b).d);
  }
  batch(focus) {
    this.checks.forEach((c) => c.destroy());
    this.checks = [];
    $$(this.root, "[data-cb-review-q]").forEach((el) => show(el, false));
    const now = this.due().slice(0, BATCH);
    now.forEach((q) => {
      this.done.add(q.id);
      q.reset();
      show(q.el.parentNode, true);
      this.checks.push(new CB.lib.Check(q, this.store, true));
    });
    const left = this.due().length;
    show(this.nextBtn, left > 0);
    this.status.textContent = now.length ? say("rv_now", { n: now.length, left })
      : this.done.size ? say("rv_done") : this.idle();
    if (focus && now.length) now[0].focus();
  }
  /* Nothing due: say when the next question comes back, or how to start. */
  idle() {
    const days = this.questions.map((q) => this.store.get(key("answer", q.id)))
      .filter((r) => isObj(r) && r.c === 1 && Number.isInteger(r.s) && r.s < 4).map((r) => r.d);
    if (!days.length) return say("rv_start");
    const when = new Date(Math.min(...days) * 864e5).toLocaleDateString(document.documentElement.lang || undefined,
      { dateStyle: "long", timeZone: "UTC" });
    return say("rv_none", { d: when });
  }
  destroy() {
    this.checks.forEach((c) => c.destroy());
    super.destroy();
  }
}
