/* Question types. Each reads and sets its answer, validates saved answers, gives a credit from
   0 to 1, reveals feedback (with text marks, not colour alone) and resets. A grader tells what
   is right: from the answer in the page's data for a knowledge check (PlainGrader), or from
   salted digests for a scored question (the quiz feature's SealedGrader). */

/* Each learner's own order of options, rows and items: a seed saved once, so a reload shows the
   same order and another learner a different one. */
const learner = () => {
  const store = CB.storage;
  let seed = store.get(key("seed", "order"));
  if (typeof seed !== "string") {
    seed = Math.random().toString(36).slice(2, 10);
    store.set(key("seed", "order"), seed);
  }
  return seed;
};
const hash32 = (text) => {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
};
/* The list in this learner's order for `id`: a Fisher–Yates shuffle driven by a seeded generator. */
const shuffled = (list, id) => {
  let s = hash32(`${learner()}:${id}`);
  const rnd = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};
/* Reorder the elements in place; those marked data-cb-fixed keep their places. */
const reorder = (els, id) => {
  if (els.length < 2) return;
  const parent = els[0].parentNode;
  const slots = els.map((e) => (e.dataset.cbFixed ? e : null));
  const moving = shuffled(els.filter((e) => !e.dataset.cbFixed), id);
  const after = els[els.length - 1].nextSibling;
  slots.map((e) => e || moving.shift()).forEach((e) => parent.insertBefore(e, after));
};

/* A knowledge check's grader: the right answer is in the page's data, its feedback in the page. */
class PlainGrader {
  constructor(spec) {
    const c = (this.c = spec.correct);
    this.n = Array.isArray(c) ? c.length : 0;
    this.canon = spec.type === "ordering" ? c.join(",")
      : spec.type === "matching" ? Object.keys(c).sort().map((k) => `${k}=${c[k]}`).join(",") : c.slice().sort().join(",");
  }
  whole(answer) {
    return answer === this.canon;
  }
  option(id) {
    return this.c.includes(id);
  }
  placed(item, at) {
    return this.c[at] === item;
  }
  position(item) {
    return this.c.indexOf(item) + 1;
  }
  matched(pair, answer) {
    return this.c[pair] === answer;
  }
  answerOf(pair) {
    return this.c[pair];
  }
  /* Show a feedback box; `unlock` (what the sealed grader needs) is not needed here. */
  open(box) {
    show(box, true);
    return box ? box.textContent.trim() : "";
  }
}

class Question extends Widget {
  constructor(el, spec, grader) {
    super();
    Object.assign(this, { el, spec, grader, id: el.dataset.cbQ, status: $(el, ".cb-status") });
  }
  get answered() {
    return Object.keys(this.answer).length > 0; // an array of ids, or an object of pairs
  }
  /* Move focus to the question's first control. */
  focus() {
    $(this.el, "input, select, li button").focus();
  }
  reset() {
    this.clear();
    this.lock(false);
    this.answer = [];
  }
  /* A feedback box: an option's or a pair's by its id; "*right", "*wrong", "*expl" for the question's. */
  box(id) {
    return $(this.el, `[data-cb-fb="${id}"]`);
  }
  mark(row, ok, label) {
    const m = $(row, ".cb-mark");
    m.textContent = label ? (ok ? "✓ " : "✗ ") + label : "";
    show(m, !!label);
    row.classList.toggle("cb-right", !!label && ok);
    row.classList.toggle("cb-wrong", !!label && !ok);
  }
  /* Visible summary; the feedback text is added for screen readers only (it is shown too). */
  announce(ok, summary, said) {
    this.status.textContent = summary;
    this.status.className = "cb-status " + (ok ? "cb-ok" : "cb-no");
    if (said) this.status.appendChild(srOnly(" " + said));
    this.grader.open(this.box("*expl"), "expl");
  }
  /* The whole-question feedback: "right" opens only with the right answer itself. */
  feedback(ok, answer) {
    return ok ? this.grader.open(this.box("*right"), "a", answer) : this.grader.open(this.box("*wrong"), "wrong");
  }
  clear() {
    $$(this.el, ".cb-mark, .cb-fb, .cb-qfb, .cb-expl").forEach((e) => show(e, false));
    $$(this.el, ".cb-right, .cb-wrong").forEach((e) => e.classList.remove("cb-right", "cb-wrong"));
    this.status.textContent = "";
    this.status.className = "cb-status";
  }
  lock(on) {
    $$(this.el, "input, select").forEach((i) => (i.disabled = on));
  }
}

class Choice extends Question {
  constructor(el, spec, grader) {
    super(el, spec, grader);
    if (spec.type !== "true_false") reorder($$(el, ".cb-opt"), this.id); // true before false, always
  }
  get inputs() {
    return $$(this.el, "input");
  }
  get answer() {
    return this.inputs.filter((i) => i.checked).map((i) => i.value);
  }
  set answer(values) {
    this.inputs.forEach((i) => (i.checked = values.includes(i.value)));
  }
  valid(v) {
    const ids = this.inputs.map((i) => i.value);
    return Array.isArray(v) && v.every((x) => ids.includes(x)) && (this.spec.type === "multiple" || v.length <= 1);
  }
  credit() {
    return this.grader.whole(this.answer.sort().join(",")) ? 1 : 0;
  }
  /* Marks and feedback for the options chosen only: a scored question never shows which
     option was right. */
  reveal() {
    const chosen = this.answer;
    let right = 0;
    const said = [];
    chosen.forEach((id) => {
      const input = this.inputs.find((i) => i.value === id);
      const ok = this.grader.option(id);
      right += ok;
      this.mark(input.closest(".cb-opt"), ok, say(ok ? "ans_right" : "ans_wrong"));
      said.push(this.grader.open(this.box(id), "o", id));
    });
    this.lock(true);
    const ok = this.credit() === 1;
    let summary = say(ok ? "correct" : chosen.length ? "not_quite" : "no_answer");
    if (!ok && this.spec.type === "multiple" && chosen.length) {
      const wrong = chosen.length - right;
      summary += say(wrong ? "chose_wrong" : "chose", { r: right, n: this.grader.n, w: wrong });
    }
    this.announce(ok, summary, said.join(" "));
  }
}

/* Ordering: Move up / Move down buttons, never drag-only. Credit per item in its right place. */
class Order extends Question {
  constructor(el, spec, grader) {
    super(el, spec, grader);
    this.list = $(el, ".cb-order");
    /* This learner's first order, never the right one. */
    const items = shuffled($$(this.list, "li"), this.id);
    if (items.every((li, i) => grader.placed(li.dataset.cbItem, i))) items.push(items.shift());
    items.forEach((li) => this.list.appendChild(li));
    this.initial = this.order();
    this.touched = false;
    $$(el, ".cb-move").forEach((m) => show(m, true));
    this.on(this.list, "click", (e) => {
      const b = e.target.closest("button");
      if (b) this.move(b.closest("li"), b.classList.contains("cb-up") ? -1 : 1, b);
    });
  }
  order() {
    return $$(this.list, "li").map((li) => li.dataset.cbItem);
  }
  get answer() {
    return this.touched ? this.order() : [];
  }
  set answer(ids) {
    const byId = {};
    $$(this.list, "li").forEach((li) => (byId[li.dataset.cbItem] = li));
    (ids.length ? ids : this.initial).forEach((id) => this.list.appendChild(byId[id]));
    this.touched = ids.length > 0;
  }
  valid(v) {
    return Array.isArray(v) && (!v.length || same(v, this.initial));
  }
  move(li, dir, button) {
    const items = $$(this.list, "li");
    const to = items.indexOf(li) + dir;
    const text = $(li, ".cb-item-text").textContent;
    if (to < 0 || to >= items.length) {
      this.status.textContent = say(dir < 0 ? "first" : "last", { x: text });
      return;
    }
    this.list.insertBefore(li, dir < 0 ? items[to] : items[to].nextSibling);
    this.touched = true;
    button.focus();
    this.status.textContent = say("moved", { x: text, i: to + 1, n: items.length });
    this.el.dispatchEvent(new Event("change", { bubbles: true }));
  }
  /* Credit per item in its right place; none for an order the learner never touched. */
  credit() {
    const a = this.answer;
    return a.length ? a.filter((id, i) => this.grader.placed(id, i)).length / a.length : 0;
  }
  reveal() {
    const touched = this.answer.length > 0;
    const items = $$(this.list, "li");
    items.forEach((li, i) => {
      const ok = touched && this.grader.placed(li.dataset.cbItem, i);
      const at = ok ? 0 : this.grader.position(li.dataset.cbItem);
      this.mark(li, ok, ok ? say("placed") : at ? say("belongs", { i: at }) : say("misplaced"));
      this.grader.open(this.box(li.dataset.cbItem), "p", li.dataset.cbItem, String(i));
    });
    $$(this.el, ".cb-move").forEach((m) => show(m, false));
    const n = Math.round(this.credit() * items.length);
    const ok = touched && this.grader.whole(this.order().join(","));
    this.announce(ok, ok ? say("correct") : say("in_place", { i: n, n: items.length }),
      this.feedback(ok, this.order().join(",")));
  }
  reset() {
    super.reset();
    $$(this.el, ".cb-move").forEach((m) => show(m, true));
  }
}

/* Matching: a native select per prompt, rows in this learner's order. Credit per right pair. */
class Match extends Question {
  constructor(el, spec, grader) {
    super(el, spec, grader);
    reorder($$(el, ".cb-pair"), this.id);
  }
  get selects() {
    return $$(this.el, "select");
  }
  pairOf(s) {
    return s.closest(".cb-pair").dataset.cbPair;
  }
  get answer() {
    const a = {};
    this.selects.forEach((s) => s.value && (a[this.pairOf(s)] = s.value));
    return a;
  }
  set answer(a) {
    this.selects.forEach((s) => (s.value = a[this.pairOf(s)] || ""));
  }
  valid(a) {
    const values = $$(this.el, "option").map((o) => o.value);
    const pairs = this.selects.map((s) => this.pairOf(s));
    return isObj(a) && Object.keys(a).every((k) => pairs.includes(k) && values.includes(a[k]));
  }
  credit() {
    const a = this.answer;
    return this.selects.filter((s) => this.grader.matched(this.pairOf(s), a[this.pairOf(s)])).length / this.selects.length;
  }
  reveal() {
    let n = 0;
    const a = this.answer;
    this.selects.forEach((s) => {
      const pair = this.pairOf(s);
      const ok = this.grader.matched(pair, s.value);
      const right = this.grader.answerOf(pair);
      n += ok;
      const text = right ? say("match_answer", { x: $(s, `option[value="${right}"]`).textContent }) : say("no_match");
      this.mark(s.parentNode, ok, ok ? say("match_right") : text);
      if (ok || right) this.grader.open(this.box(pair), "m", pair, s.value);
    });
    this.lock(true);
    const whole = Object.keys(a).sort().map((k) => `${k}=${a[k]}`).join(",");
    const ok = this.grader.whole(whole);
    this.announce(ok, ok ? say("correct") : say("matched", { i: n, n: this.selects.length }), this.feedback(ok, whole));
  }
}

/* Reflection: free text, not scored, saved as the learner types (for the contract later). */
class Reflect extends Widget {
  constructor(el, store) {
    super();
    const box = $(el, "textarea");
    const status = $(el, ".cb-status");
    const id = el.dataset.cbQ;
    const saved = rec(store, "reflection", id).t;
    if (typeof saved === "string") box.value = saved;
    let timer = 0;
    let told = false;
    this.on(box, "input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        box.value.trim() ? store.set(key("reflection", id), { t: box.value }) : store.remove(key("reflection", id));
        if (!told) status.textContent = savedNote(store);
        told = true;
      }, 400);
    });
    this.on(box, "blur", () => (told = false));
  }
}

const TYPES = { single: Choice, multiple: Choice, true_false: Choice, ordering: Order, matching: Match };
