/* The final assessment: each attempt a fresh random draw from the pool, balanced across the
   sections, with the answers in a new order; the seed saved with the attempt keeps the same
   draw and order across reloads. */
const { $, $$, show, say, Quiz, questionsIn } = CB.lib;

class Final extends Quiz {
  prepare() {
    if (!Number.isInteger(this.state.k)) Object.assign(this.state, { k: (Math.random() * 2 ** 31) | 0, a: {} });
    let k = this.state.k;
    const rnd = () => (k = (k * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const mix = (list) => list.map((x) => [rnd(), x]).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
    const groups = this.spec.groups.map(mix);
    const ids = [];
    for (let i = 0; ids.length < this.spec.draw && groups.some((g) => g.length); i++) {
      const g = groups[i % groups.length];
      if (g.length) ids.push(g.pop());
    }
    const end = $(this.form, ".cb-actions");
    this.questions = mix(this.all.filter((q) => ids.includes(q.id)));
    this.all.forEach((q) => show(q.el, false));
    this.questions.forEach((q, i) => {
      show(q.el, true);
      this.form.insertBefore(q.el, end);
      $(q.el, ".cb-qnum").textContent = say("qnum", { i: i + 1, n: ids.length });
      mix($$(q.el, ".cb-opt")).forEach((o) => o.parentNode.append(o));
    });
  }
}

CB.features.final = ({ data, store, widgets }) => {
  const form = $(document, ".cb-quiz");
  if (!form || !data.quiz) return;
  const qs = questionsIn(form, data.questions || {}, "quiz");
  widgets.push(...qs, new Final(form, qs, data.quiz, store));
};
