/* course-builder runtime: knowledge checks, scored quizzes and saved progress.
   Vanilla JS, no dependencies; works from file://, under any sub-path and under
   Material's instant navigation. Learner input is only ever read as values and
   written as textContent, never parsed as HTML. */
(() => {
  "use strict";
  const CB = (window.CourseBuilder = window.CourseBuilder || {});

  /* Storage adapter: JSON values by key. A SCORM backend can replace it by setting
     CourseBuilder.storage (same get/set/remove/ok) before the page initialises. */
  const localStore = () => {
    let ls = null;
    try {
      ls = window.localStorage;
      ls.setItem("cb:probe", "1");
      ls.removeItem("cb:probe");
    } catch (e) {
      ls = null;
    }
    return {
      ok: !!ls,
      get(key) {
        try {
          const v = ls && ls.getItem(key);
          return v ? JSON.parse(v) : null;
        } catch (e) {
          return null;
        }
      },
      set(key, value) {
        try {
          ls && ls.setItem(key, JSON.stringify(value));
        } catch (e) { /* full or blocked: the page keeps working */ }
      },
      remove(key) {
        try {
          ls && ls.removeItem(key);
        } catch (e) { /* ignore */ }
      },
    };
  };
  CB.storage = CB.storage || localStore();

  const $$ = (root, sel) => Array.from(root.querySelectorAll(sel));
  const show = (el, on) => el && (el.hidden = !on);
  const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
  const srOnly = (text) => {
    const s = document.createElement("span");
    s.className = "cb-sr";
    s.textContent = text;
    return s;
  };

  /* One question: reads and sets answers, shows feedback. Scoring rule: all or nothing. */
  class Question {
    constructor(el, spec) {
      this.el = el;
      this.id = el.dataset.cbQ;
      this.spec = spec;
      this.inputs = $$(el, "input");
      this.status = el.querySelector(".cb-status");
    }
    get answer() {
      return this.inputs.filter((i) => i.checked).map((i) => i.value);
    }
    set answer(values) {
      this.inputs.forEach((i) => (i.checked = values.includes(i.value)));
    }
    valid(values) {
      const ids = this.inputs.map((i) => i.value);
      return Array.isArray(values) && values.every((v) => ids.includes(v)) &&
        (this.spec.type === "multiple" || values.length <= 1);
    }
    get correct() {
      return same(this.answer, this.spec.correct);
    }
    /* Show feedback for the chosen options; in review, also mark the right ones. */
    reveal(review) {
      const chosen = this.answer;
      let right = 0;
      let wrong = 0;
      const said = [];
      this.inputs.forEach((input) => {
        const opt = input.closest(".cb-opt");
        const isRight = this.spec.correct.includes(input.value);
        const picked = chosen.includes(input.value);
        const mark = opt.querySelector(".cb-mark");
        const fb = opt.querySelector(".cb-fb");
        input.disabled = true;
        if (picked) {
          isRight ? right++ : wrong++;
          said.push(fb.textContent.trim());
        }
        const label = picked
          ? (isRight ? "Your answer: correct" : "Your answer: incorrect")
          : (review && isRight ? "Correct answer" : "");
        mark.textContent = label ? (isRight ? "✓ " : "✗ ") + label : "";
        show(mark, !!label);
        show(fb, picked || (review && isRight));
        opt.classList.toggle("cb-right", !!label && isRight);
        opt.classList.toggle("cb-wrong", picked && !isRight);
      });
      show(this.el.querySelector(".cb-expl"), true);
      const ok = this.correct;
      let summary = ok ? "Correct." : chosen.length ? "Not quite." : "No answer given.";
      if (!ok && this.spec.type === "multiple" && chosen.length) {
        summary += ` You chose ${right} of ${this.spec.correct.length} right answers` +
          (wrong ? ` and ${wrong} wrong.` : ".");
      }
      this.status.textContent = summary;
      this.status.className = "cb-status " + (ok ? "cb-ok" : "cb-no");
      if (said.length) this.status.appendChild(srOnly(" " + said.join(" ")));
      return ok;
    }
    reset() {
      this.inputs.forEach((input) => {
        const opt = input.closest(".cb-opt");
        input.disabled = false;
        input.checked = false;
        show(opt.querySelector(".cb-mark"), false);
        show(opt.querySelector(".cb-fb"), false);
        opt.classList.remove("cb-right", "cb-wrong");
      });
      show(this.el.querySelector(".cb-expl"), false);
      this.status.textContent = "";
      this.status.className = "cb-status";
    }
  }

  /* A widget binds DOM events through on() so destroy() can remove them all. */
  class Widget {
    constructor() {
      this.off = [];
    }
    on(el, type, fn) {
      el.addEventListener(type, fn);
      this.off.push(() => el.removeEventListener(type, fn));
    }
    destroy() {
      this.off.forEach((f) => f());
      this.off = [];
    }
  }

  /* Knowledge check: unscored; Check answer shows feedback, Try again clears it. */
  class Check extends Widget {
    constructor(q, key, store) {
      super();
      Object.assign(this, { q, key, store });
      this.checkBtn = q.el.querySelector(".cb-check");
      this.retryBtn = q.el.querySelector(".cb-retry");
      const saved = store.get(key);
      if (saved && q.valid(saved.a)) {
        q.answer = saved.a;
        if (saved.c && saved.a.length) q.reveal(false);
      } else if (saved) {
        store.remove(key);
      }
      this.buttons(!!(saved && saved.c && q.valid(saved.a) && saved.a.length));
      this.on(q.el, "change", () => this.save(false));
      this.on(this.checkBtn, "click", () => this.check());
      this.on(this.retryBtn, "click", () => {
        q.reset();
        this.store.remove(this.key);
        this.buttons(false);
        q.inputs[0].focus();
      });
    }
    buttons(checked) {
      show(this.checkBtn, !checked);
      show(this.retryBtn, checked);
    }
    save(checked) {
      this.store.set(this.key, { a: this.q.answer, c: checked ? 1 : 0 });
    }
    check() {
      if (!this.q.answer.length) {
        this.q.status.textContent = "Choose an answer first.";
        this.q.inputs[0].focus();
        return;
      }
      this.q.reveal(false);
      this.save(true);
      this.buttons(true);
      this.retryBtn.focus();
    }
  }

  /* Scored quiz: answers saved as they change; submit scores, reviews, allows retake. */
  class Quiz extends Widget {
    constructor(form, questions, spec, key, store) {
      super();
      Object.assign(this, { form, questions, spec, key, store });
      this.submitBtn = form.querySelector(".cb-submit");
      this.result = form.querySelector(".cb-result");
      this.title = form.querySelector(".cb-result-title");
      this.text = form.querySelector(".cb-result-text");
      this.state = this.load();
      questions.forEach((q) => (q.answer = this.state.a[q.id] || []));
      if (this.state.s) this.review(false);
      else show(this.submitBtn, true);
      this.on(form, "change", () => {
        questions.forEach((q) => (this.state.a[q.id] = q.answer));
        this.confirming = false;
        this.save();
      });
      this.on(form, "submit", (e) => {
        e.preventDefault();
        this.submit();
      });
      this.on(form.querySelector(".cb-retake"), "click", () => this.retake());
    }
    load() {
      const s = this.store.get(this.key);
      const fresh = { a: {}, s: false, best: null, n: 0 };
      if (!s || typeof s !== "object" || typeof s.a !== "object" || !s.a) return fresh;
      const a = {};
      for (const q of this.questions) {
        if (s.a[q.id] !== undefined && !q.valid(s.a[q.id])) return fresh;
        if (s.a[q.id]) a[q.id] = s.a[q.id];
      }
      const num = (x) => (typeof x === "number" && x >= 0 && x <= 100 ? x : null);
      return { a, s: s.s === true, best: num(s.best), n: Number.isInteger(s.n) ? s.n : 0 };
    }
    save() {
      this.store.set(this.key, this.state);
    }
    submit() {
      const missing = this.questions.filter((q) => !q.answer.length);
      if (missing.length && !this.confirming) {
        this.confirming = true;
        const nums = missing.map((q) => this.questions.indexOf(q) + 1).join(", ");
        show(this.result, true);
        this.title.textContent = "Some questions have no answer";
        this.text.textContent = `Question${missing.length > 1 ? "s" : ""} ${nums} ` +
          "not answered. Answer them, or select Submit answers again to submit as it is.";
        show(this.form.querySelector(".cb-retake"), false);
        this.title.focus();
        return;
      }
      this.state.s = true;
      this.state.n += 1;
      const score = this.score();
      this.state.best = Math.max(this.state.best || 0, score);
      this.save();
      this.review(true);
    }
    score() {
      const right = this.questions.filter((q) => q.correct).length;
      return Math.round((100 * right) / this.questions.length);
    }
    review(focus) {
      this.questions.forEach((q) => q.reveal(true));
      const right = this.questions.filter((q) => q.correct).length;
      const score = this.score();
      const pass = score >= this.spec.pass;
      show(this.submitBtn, false);
      show(this.result, true);
      show(this.form.querySelector(".cb-retake"), true);
      this.result.className = "cb-result " + (pass ? "cb-ok" : "cb-no");
      this.title.textContent = `Your score: ${score} % — ${pass ? "passed" : "not passed yet"}`;
      this.text.textContent = `You answered ${right} of ${this.questions.length} questions ` +
        `correctly. The pass mark is ${this.spec.pass} %. ` +
        (pass ? "Well done. " : "Read the feedback under each question, review the lessons, then retake the quiz. ") +
        `Best score: ${this.state.best} %. Attempts: ${this.state.n}.`;
      if (focus) this.title.focus();
    }
    retake() {
      this.questions.forEach((q) => q.reset());
      this.state.a = {};
      this.state.s = false;
      this.confirming = false;
      this.save();
      show(this.result, false);
      show(this.submitBtn, true);
      this.questions[0].inputs[0].focus();
    }
  }

  let widgets = [];
  let bound = null;
  const init = () => {
    const dataEl = document.getElementById("cb-page-data");
    if (dataEl && dataEl === bound) return; // this page is already initialised
    widgets.forEach((w) => w.destroy());
    widgets = [];
    bound = dataEl;
    if (!dataEl) return;
    let data;
    try {
      data = JSON.parse(dataEl.textContent);
    } catch (e) {
      return;
    }
    const store = CB.storage;
    const note = document.querySelector(".cb-storage");
    if (note && !store.ok) {
      note.textContent = "This browser is not letting the course save your progress, so your " +
        "answers will be lost when you leave this page. Everything else works.";
      show(note, true);
    }
    const make = (el) => new Question(el, data.questions[el.dataset.cbQ]);
    $$(document, '.cb-q[data-cb-mode="check"]').forEach((el) => {
      const q = make(el);
      if (q.spec) widgets.push(new Check(q, `${data.prefix}:q:${q.id}`, store));
    });
    const form = document.querySelector(".cb-quiz");
    if (form && data.quiz) {
      const qs = $$(form, ".cb-q").map(make).filter((q) => q.spec);
      widgets.push(new Quiz(form, qs, data.quiz, `${data.prefix}:quiz:${data.quiz.id}`, store));
    }
  };
  CB.init = init;
  /* document$ emits on each instant navigation, but not from file://, so also init on load. */
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
