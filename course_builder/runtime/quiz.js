/* Scored quizzes and the final assessment: submit, score, review and retake. Their questions
   are graded with salted digests and their feedback is sealed (see course_builder/render/seal.py):
   the page holds no answer key in plain sight. */
const { $, $$, show, make, key, isObj, say, today, attempt, Widget, questionsIn } = CB.lib;

/* Sealed feedback: base64 text XORed with SHA-256(key ‖ block number) blocks, then a JSON tree
   of safe tags that is built with DOM calls, never parsed as HTML. */
const unseal = (text, keyHex) => {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const secret = Uint8Array.from(keyHex.match(/../g), (b) => parseInt(b, 16));
  for (let n = 0; n * 32 < bytes.length; n++) {
    const block = new Uint8Array(36);
    block.set(secret);
    new DataView(block.buffer).setUint32(32, n);
    sha256(block).forEach((b, i) => n * 32 + i < bytes.length && (bytes[n * 32 + i] ^= b));
  }
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
};
const SAFE = /^(https?:|mailto:|#|[^:]*$)/i;
const build = (node) => {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attrs, ...kids] = node;
  const el = make(tag);
  Object.entries(attrs).forEach(([k, v]) => (k !== "href" || SAFE.test(v)) && el.setAttribute(k, v));
  el.append(...kids.map(build));
  return el;
};

/* A scored question's grader: what is right is known only as salted digests. */
class SealedGrader {
  constructor(spec) {
    Object.assign(this, { s: spec.salt, k: spec.k, u: spec.u, fb: spec.fb, n: spec.n || 1, memo: {} });
  }
  d(...parts) {
    const at = parts.join(":");
    return this.memo[at] || (this.memo[at] = digest(this.s, ...parts));
  }
  whole(answer) {
    return this.d("a", answer) === this.k;
  }
  option(id) {
    return this.d("o", id, "1") === this.u[id];
  }
  placed(item, at) {
    return this.d("p", item, String(at)) === this.u[item];
  }
  position() {
    return 0; // not known: a scored question never shows where an item belongs
  }
  matched(pair, answer) {
    return !!answer && this.d("m", pair, answer) === this.u[pair];
  }
  answerOf() {
    return null;
  }
  /* Open a feedback box with what unlocks its seal; a wrong key opens nothing. */
  open(box, ...unlock) {
    if (!box) return "";
    const sealed = this.fb[box.dataset.cbFb];
    if (!box.firstChild && sealed) {
      const tree = attempt(() => unseal(sealed, this.d("f", ...unlock)), null);
      if (Array.isArray(tree)) box.append(...tree.map(build));
    }
    show(box, !!box.firstChild);
    return box.textContent.trim();
  }
}

/* A scored quiz; the final assessment extends it with a drawn set (prepare). */
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
    if (this.store.flush) this.store.flush(); // an LMS commits each submitted quiz
    this.review(true);
  }
  review(focus) {
    this.questions.forEach((q) => q.reveal());
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

/* The final assessment: each attempt a fresh random draw from the pool, balanced across the
   sections, with the answers in a new order; the seed saved with the attempt keeps the same
   draw and order across reloads. */
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

CB.features.quiz = ({ data, store, widgets }) => {
  const form = $(document, ".cb-quiz");
  if (!form || !data.quiz) return;
  const qs = questionsIn(form, data.questions || {}, "quiz", SealedGrader);
  widgets.push(...qs, new (data.quiz.draw ? Final : Quiz)(form, qs, data.quiz, store));
};
