/* Question types. Each reads and sets its answer, validates saved answers, gives a credit
   from 0 to 1, reveals feedback (with text marks, not colour alone) and resets. */

class Question extends Widget {
  constructor(el, spec) {
    super();
    Object.assign(this, { el, spec, id: el.dataset.cbQ, status: $(el, ".cb-status") });
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
    show($(this.el, ".cb-expl"), true);
  }
  feedback(ok) {
    const fb = $(this.el, `.cb-qfb[data-cb-fb="${ok ? "correct" : "incorrect"}"]`);
    show(fb, true);
    return fb ? fb.textContent.trim() : "";
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
    return same(this.answer, this.spec.correct) ? 1 : 0;
  }
  reveal(review) {
    const chosen = this.answer;
    let right = 0;
    let wrong = 0;
    const said = [];
    this.inputs.forEach((input) => {
      const opt = input.closest(".cb-opt");
      const isRight = this.spec.correct.includes(input.value);
      const picked = chosen.includes(input.value);
      if (picked) {
        isRight ? right++ : wrong++;
        said.push($(opt, ".cb-fb").textContent.trim());
      }
      const label = picked ? say(isRight ? "ans_right" : "ans_wrong") : review && isRight ? say("right_answer") : "";
      this.mark(opt, isRight, label);
      show($(opt, ".cb-fb"), picked || (review && isRight));
    });
    this.lock(true);
    const ok = this.credit() === 1;
    let summary = say(ok ? "correct" : chosen.length ? "not_quite" : "no_answer");
    if (!ok && this.spec.type === "multiple" && chosen.length) {
      summary += say(wrong ? "chose_wrong" : "chose", { r: right, n: this.spec.correct.length, w: wrong });
    }
    this.announce(ok, summary, said.join(" "));
  }
}

/* Ordering: Move up / Move down buttons, never drag-only. Credit per item in place. */
class Order extends Question {
  constructor(el, spec) {
    super(el, spec);
    this.list = $(el, ".cb-order");
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
    return a.length ? a.filter((id, i) => id === this.spec.correct[i]).length / a.length : 0;
  }
  reveal() {
    const touched = this.answer.length > 0;
    const items = $$(this.list, "li");
    items.forEach((li, i) => {
      const at = this.spec.correct.indexOf(li.dataset.cbItem) + 1;
      const ok = touched && at === i + 1;
      this.mark(li, ok, ok ? say("placed") : say("belongs", { i: at }));
    });
    $$(this.el, ".cb-move").forEach((m) => show(m, false));
    const n = Math.round(this.credit() * items.length);
    const ok = n === items.length;
    this.announce(ok, ok ? say("correct") : say("in_place", { i: n, n: items.length }), this.feedback(ok));
  }
  reset() {
    super.reset();
    $$(this.el, ".cb-move").forEach((m) => show(m, true));
  }
}

/* Matching: a native select per prompt. Credit per correct pair. */
class Match extends Question {
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
    return isObj(a) && Object.keys(a).every((k) => k in this.spec.correct && values.includes(a[k]));
  }
  credit() {
    const a = this.answer;
    const keys = Object.keys(this.spec.correct);
    return keys.filter((k) => a[k] === this.spec.correct[k]).length / keys.length;
  }
  reveal() {
    let n = 0;
    this.selects.forEach((s) => {
      const want = this.spec.correct[this.pairOf(s)];
      const ok = s.value === want;
      n += ok;
      const right = $(s, `option[value="${want}"]`).textContent;
      this.mark(s.parentNode, ok, ok ? say("match_right") : say("match_answer", { x: right }));
      show($(s.parentNode, ".cb-fb"), true);
    });
    this.lock(true);
    const ok = n === this.selects.length;
    this.announce(ok, ok ? say("correct") : say("matched", { i: n, n: this.selects.length }), this.feedback(ok));
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
