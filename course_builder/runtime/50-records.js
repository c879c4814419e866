/* Learner records: certificate, "My progress" (with export, import and reset), nav ticks. */

const quizState = (store, p, id) => {
  const s = rec(store, `${p}:quiz:${id}`);
  return typeof s.best === "number" ? s : null;
};
const quizText = (s) => say(!s ? "q_none" : s.ok ? "q_pass" : "q_fail", { b: s && s.best });

class Certificate extends Widget {
  constructor(root, spec, p, store) {
    super();
    const results = spec.quizzes.map((q) => ({ q, s: quizState(store, p, q.id) }));
    $$(root, "[data-cb-quiz-status]").forEach((li) => show(li, false));
    results.forEach(({ q, s }) => {
      const li = $(root, `[data-cb-quiz-status="${q.id}"]`);
      show(li, true);
      $(li, ".cb-state").textContent = quizText(s);
    });
    const seen = spec.lessons.filter((id) => store.get(`${p}:v:${id}`) === 1).length;
    const lessons = $(root, "[data-cb-lessons] .cb-state");
    if (lessons) lessons.textContent = say("seen", { i: seen, n: spec.lessons.length });
    const done = seen === spec.lessons.length && results.every(({ s }) => s && s.ok);
    show($(root, ".cb-cert-locked"), !done);
    show($(root, ".cb-cert-open"), done);
    if (!done) return;
    const input = $(root, "#cb-cert-name");
    const learner = $(root, ".cb-cert-learner");
    const saved = rec(store, `${p}:cert:name`).name;
    const contract = rec(store, `${p}:contract:${spec.contract}`).v;
    input.value = typeof saved === "string" ? saved
      : isObj(contract) && typeof contract.name === "string" ? contract.name : "";
    learner.textContent = input.value;
    this.on(input, "input", () => {
      learner.textContent = input.value;
      store.set(`${p}:cert:name`, { name: input.value });
    });
    const last = results.map(({ s }) => s.at || today()).sort().pop() || today();
    $(root, ".cb-cert-date").textContent = new Date(last + "T12:00:00").toLocaleDateString(
      document.documentElement.lang || undefined, { dateStyle: "long" });
    const avg = results.reduce((sum, { s }) => sum + s.best, 0) / (results.length || 1);
    $(root, ".cb-cert-score").textContent = `${Math.round(avg)} %`;
    this.on($(root, ".cb-print"), "click", () => window.print());
  }
}

const ENTRY = /^(q|quiz|sc|r|v|contract|cert|track):[a-z0-9][a-z0-9-]*$/;

class Progress extends Widget {
  constructor(root, spec, p, store) {
    super();
    Object.assign(this, { root, spec, p, store, status: $(root, ".cb-status") });
    this.render();
    this.on($(root, ".cb-export"), "click", () => this.export());
    this.on($(root, "#cb-import"), "change", (e) => e.target.files[0] && this.import(e.target));
    confirmStep(this, $(root, ".cb-clear"), $(root, ".cb-confirm"), () => {
      store.keys(`${p}:`).forEach((k) => store.remove(k));
      this.render();
      this.status.textContent = say("reset");
      $(root, ".cb-clear").focus();
    });
  }
  render() {
    const { p, store } = this;
    let done = 0;
    let total = 0;
    let next = null;
    $$(this.root, "[data-cb-section]").forEach((row) => show(row, false));
    this.spec.sections.forEach((s) => {
      const row = $(this.root, `[data-cb-section="${s.id}"]`);
      show(row, true);
      const cell = (k, text) => ($(row, `[data-k="${k}"]`).textContent = text);
      const unvisited = s.lessons.filter(([id]) => store.get(`${p}:v:${id}`) !== 1);
      const checks = s.checks.filter((q) => rec(store, `${p}:q:${q}`).c === 1);
      const scen = s.scenarios.filter((id) => rec(store, `${p}:sc:${id}`).d === 1);
      const q = s.quiz && quizState(store, p, s.quiz.id);
      cell("lessons", say("of", { i: s.lessons.length - unvisited.length, n: s.lessons.length }));
      cell("checks", say("of", { i: checks.length, n: s.checks.length }));
      cell("quiz", s.quiz ? quizText(q) : "—");
      cell("scenarios", s.scenarios.length ? say("of", { i: scen.length, n: s.scenarios.length }) : "—");
      done += s.lessons.length - unvisited.length + scen.length + (q && q.ok ? 1 : 0);
      total += s.lessons.length + s.scenarios.length + (s.quiz ? 1 : 0);
      if (!next && unvisited.length) next = [unvisited[0][1], unvisited[0][2]];
      if (!next && s.quiz && !(q && q.ok)) next = [s.quiz.href, s.quiz.title];
    });
    const f = this.spec.final;
    const fq = f && quizState(store, p, f.id);
    if (f) {
      total += 1;
      done += fq && fq.ok ? 1 : 0;
      if (!next && !(fq && fq.ok)) next = [f.href, f.title];
    }
    $(this.root, ".cb-overall").textContent = say("overall", { pct: Math.round((100 * done) / total), done, total });
    const link = make("a", "", next ? next[1] : say("cert"));
    link.href = next ? next[0] : "certificate.html";
    $(this.root, ".cb-next").replaceChildren(say(next ? "next" : "finished"), link);
  }
  export() {
    const data = {};
    this.store.keys(`${this.p}:`).forEach((k) => (data[k.slice(this.p.length + 1)] = this.store.get(k)));
    const file = { format: "course-builder-progress", course: this.spec.course, version: this.spec.version,
      exported: new Date().toISOString(), data };
    const a = make("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: "application/json" }));
    a.download = `${this.spec.course}-${this.spec.version}-progress.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    this.status.textContent = say("exported", { n: Object.keys(data).length, file: a.download });
  }
  import(input) {
    const file = input.files[0];
    const fail = (why, v) => (this.status.textContent = say("fail", { file: file.name, why: say(why, v) }));
    if (file.size > 2e6) return fail("big");
    const reader = new FileReader();
    reader.onload = () => {
      const f = attempt(() => JSON.parse(reader.result), null);
      if (!isObj(f) || f.format !== "course-builder-progress" || !isObj(f.data)) {
        return fail("notfile");
      }
      if (f.course !== this.spec.course) return fail("course", { x: f.course });
      if (f.version !== this.spec.version) return fail("version", { x: f.version, y: this.spec.version });
      const bad = Object.keys(f.data).find((k) => !ENTRY.test(k) || f.data[k] === null || typeof f.data[k] === "boolean");
      if (bad !== undefined) return fail("damaged", { x: bad });
      this.store.keys(`${this.p}:`).forEach((k) => this.store.remove(k));
      Object.entries(f.data).forEach(([k, v]) => this.store.set(`${this.p}:${k}`, v));
      this.render();
      this.status.textContent = say("loaded", { n: Object.keys(f.data).length, file: file.name });
    };
    reader.onerror = () => fail("unread");
    reader.readAsText(file);
    input.value = "";
  }
}

/* After each link to a page in the navigation and in content lists: a tick once the lesson is
   visited, the scenario completed or the quiz passed, and a tag if the learner's path leaves it optional. */
const navTicks = (p, store, optional) => {
  $$(document, ".cb-tick, .cb-tag").forEach((t) => t.remove());
  $$(document, "a.md-nav__link[href$='.html'], .md-typeset :is(li, td) > a:first-child[href$='.html']").forEach((a) => {
    const seg = new URL(a.href).pathname.split("/");
    const page = seg.pop().slice(0, -5);
    const folder = seg.pop();
    const id = page === "quiz" ? `${folder}-quiz` : page === "index" ? folder : page;
    const q = quizState(store, p, id);
    if (store.get(`${p}:v:${id}`) === 1 || rec(store, `${p}:sc:${id}`).d === 1 || (q && q.ok)) {
      const t = make("span", "cb-tick");
      const mark = make("span", "", " ✓");
      mark.setAttribute("aria-hidden", "true");
      t.append(mark, srOnly(say("done")));
      a.append(t);
    }
    if (optional.includes(id)) a.append(make("span", "cb-tag", say("optional")));
  });
};
