/* Learner records: certificate, "My progress" (with export, import and reset), nav ticks. */

const quizState = (store, p, id) => {
  const s = store.get(`${p}:quiz:${id}`);
  return isObj(s) && typeof s.best === "number" ? s : null;
};

class Certificate extends Widget {
  constructor(root, spec, p, store) {
    super();
    const results = spec.quizzes.map((q) => ({ q, s: quizState(store, p, q.id) }));
    results.forEach(({ q, s }) => {
      $(root, `[data-cb-quiz-status="${q.id}"] .cb-state`).textContent = say(!s ? "cert_none" : s.ok ? "cert_pass" : "cert_fail", { b: s && s.best });
    });
    const done = results.every(({ s }) => s && s.ok);
    show($(root, ".cb-cert-locked"), !done);
    show($(root, ".cb-cert-open"), done);
    if (!done) return;
    const input = $(root, "#cb-cert-name");
    const learner = $(root, ".cb-cert-learner");
    const saved = store.get(`${p}:cert`);
    const contract = spec.contract && store.get(`${p}:contract:${spec.contract}`);
    input.value = isObj(saved) && typeof saved.name === "string" ? saved.name
      : isObj(contract) && isObj(contract.v) && typeof contract.v.name === "string" ? contract.v.name : "";
    learner.textContent = input.value;
    this.on(input, "input", () => {
      learner.textContent = input.value;
      store.set(`${p}:cert`, { name: input.value });
    });
    const last = results.map(({ s }) => s.at || today()).sort().pop();
    $(root, ".cb-cert-date").textContent = new Date(last + "T12:00:00").toLocaleDateString(
      document.documentElement.lang || undefined, { year: "numeric", month: "long", day: "numeric" });
    const avg = results.reduce((sum, { s }) => sum + s.best, 0) / results.length;
    $(root, ".cb-cert-score").textContent = `${Math.round(avg)} %`;
    this.on($(root, ".cb-print"), "click", () => window.print());
  }
}

const ENTRY = /^(q|quiz|sc|r|v|contract|cert|final):[a-z0-9][a-z0-9-]*$/;

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
    this.spec.sections.forEach((s) => {
      const row = $(this.root, `[data-cb-section="${s.id}"]`);
      const cell = (k, text) => ($(row, `[data-k="${k}"]`).textContent = text);
      const unvisited = s.lessons.filter(([id]) => store.get(`${p}:v:${id}`) !== 1);
      const checks = s.checks.filter((q) => isObj(store.get(`${p}:q:${q}`)) && store.get(`${p}:q:${q}`).c === 1);
      const scen = s.scenarios.filter((id) => isObj(store.get(`${p}:sc:${id}`)) && store.get(`${p}:sc:${id}`).d === 1);
      const q = s.quiz && quizState(store, p, s.quiz.id);
      cell("lessons", say("of", { i: s.lessons.length - unvisited.length, n: s.lessons.length }));
      cell("checks", say("of", { i: checks.length, n: s.checks.length }));
      cell("quiz", !s.quiz ? "—" : say(!q ? "q_none" : q.ok ? "q_pass" : "q_fail", { b: q && q.best }));
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
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    this.status.textContent = say("exported", { n: Object.keys(data).length, file: a.download });
  }
  import(input) {
    const file = input.files[0];
    const fail = (why, v) => (this.status.textContent = say("fail", { file: file.name, why: say(why, v) }));
    if (file.size > 2e6) return fail("big");
    const reader = new FileReader();
    reader.onload = () => {
      let f = null;
      try {
        f = JSON.parse(reader.result);
      } catch (e) { /* reported below */ }
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

/* A tick after each navigation link to a visited lesson, completed scenario or passed quiz. */
const navTicks = (p, store) => {
  $$(document, ".cb-tick").forEach((t) => t.remove());
  $$(document, "a.md-nav__link[href$='.html']").forEach((a) => {
    const seg = new URL(a.href).pathname.split("/");
    const page = seg.pop().slice(0, -5);
    const folder = seg.pop();
    const sc = store.get(`${p}:sc:${page}`);
    const q = quizState(store, p, page === "quiz" ? `${folder}-quiz` : page);
    if (store.get(`${p}:v:${page}`) === 1 || (isObj(sc) && sc.d === 1) || (q && q.ok)) {
      const t = make("span", "cb-tick");
      const mark = make("span", "", " ✓");
      mark.setAttribute("aria-hidden", "true");
      t.append(mark, srOnly(" (done)"));
      a.append(t);
    }
  });
};
