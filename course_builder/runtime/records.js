/* Learner records: the certificate, and "My progress" with export, import and reset. */
const { $, $$, show, make, rec, key, quizState, isObj, say, today, attempt, confirmStep, Widget, ROOT } = CB.lib;
const C = CB.course;

const quizText = (s) => say(!s ? "q_none" : s.ok ? "q_pass" : "q_fail", { b: s && s.best });
const read = (store) => (kind, id) => store.get(key(kind, id));

/* The certificate's number, as course_builder/certificate.py computes it: 32-bit FNV-1a of
   "course|version|name|date" and of its reverse (name spacing and case ignored), 12 hex digits. */
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h >>> 0;
};
const certificateNumber = (course, version, name, date) => {
  const source = `${course}|${version}|${name.replace(/\s+/g, " ").trim().toLowerCase()}|${date}`;
  const hex = (n) => n.toString(16).toUpperCase().padStart(8, "0");
  const digits = (hex(fnv1a(source)) + hex(fnv1a([...source].reverse().join("")))).slice(0, 12);
  return digits.match(/.{4}/g).join("-");
};

class Certificate extends Widget {
  constructor(root, spec, store) {
    super();
    const st = completion(spec, read(store));
    $$(root, "[data-cb-quiz-status]").forEach((li) => show(li, false));
    st.quizzes.forEach(({ id, s }) => {
      const li = $(root, `[data-cb-quiz-status="${id}"]`);
      show(li, true);
      $(li, ".cb-state").textContent = quizText(s);
    });
    const lessons = $(root, "[data-cb-lessons] .cb-state");
    if (lessons) lessons.textContent = say("seen", { i: st.seen, n: spec.lessons.length });
    show($(root, ".cb-cert-locked"), !st.done);
    show($(root, ".cb-cert-open"), st.done);
    if (!st.done) return;
    const input = $(root, "#cb-cert-name");
    const learner = $(root, ".cb-cert-learner");
    const saved = rec(store, "certificate", "name").name;
    const contract = rec(store, "contract", spec.contract).v;
    input.value = typeof saved === "string" ? saved
      : isObj(contract) && typeof contract.name === "string" ? contract.name : "";
    learner.textContent = input.value;
    this.on(input, "input", () => {
      learner.textContent = input.value;
      store.set(key("certificate", "name"), { name: input.value });
    });
    const last = st.quizzes.map(({ s }) => s.at || today()).sort().pop() || today();
    $(root, ".cb-cert-date").textContent = new Date(last + "T12:00:00").toLocaleDateString(
      document.documentElement.lang || undefined, { dateStyle: "long" });
    $(root, ".cb-cert-score").textContent = st.score === null ? "" : say(`score_${st.scoreKind}`, { s: st.score });
    const m = spec.minutes;
    $(root, ".cb-cert-hours").textContent = m < 60 ? say("minutes", { m }) : say("hours", { h: Math.round(m / 30) / 2 });
    const number = () => ($(root, ".cb-cert-no").textContent = certificateNumber(spec.course, spec.version, input.value, last));
    number();
    this.on(input, "input", number);
    this.on($(root, ".cb-print"), "click", () => window.print());
  }
}

/* An exported record's key: one of Python's record kinds, then an id. */
const ENTRY = new RegExp(`^(${Object.values(C.kinds).join("|")}):[a-z0-9][a-z0-9-]*$`);

class Progress extends Widget {
  constructor(root, spec, store) {
    super();
    Object.assign(this, { root, spec, store, p: C.prefix, status: $(root, ".cb-status") });
    this.render();
    this.on($(root, ".cb-export"), "click", () => this.export());
    this.on($(root, "#cb-import"), "change", (e) => e.target.files[0] && this.import(e.target));
    confirmStep(this, $(root, ".cb-clear"), $(root, ".cb-confirm"), () => {
      store.keys(`${this.p}:`).forEach((k) => store.remove(k));
      this.render();
      this.status.textContent = say("reset");
      $(root, ".cb-clear").focus();
    });
  }
  render() {
    const { store } = this;
    const links = this.spec.links;
    let scenarios = 0;
    let tried = 0;
    $$(this.root, "[data-cb-section]").forEach((row) => show(row, false));
    this.spec.sections.forEach((s) => {
      const row = $(this.root, `[data-cb-section="${s.id}"]`);
      show(row, true);
      const cell = (k, text) => ($(row, `[data-k="${k}"]`).textContent = text);
      const unvisited = s.lessons.filter((id) => store.get(key("visit", id)) !== 1);
      const all = s.lessons.flatMap((id) => this.spec.checks[id] || []);
      const checks = all.filter((q) => rec(store, "answer", q).c === 1);
      const scen = s.scenarios.filter((id) => rec(store, "scenario", id).d === 1);
      const q = s.quiz && quizState(store, s.quiz);
      cell("lessons", say("of", { i: s.lessons.length - unvisited.length, n: s.lessons.length }));
      cell("checks", say("of", { i: checks.length, n: all.length }));
      cell("quiz", s.quiz ? quizText(q) : "—");
      cell("scenarios", s.scenarios.length ? say("of", { i: scen.length, n: s.scenarios.length }) : "—");
      scenarios += s.scenarios.length;
      tried += scen.length;
    });
    /* The overall figure and "completed" follow the completion rule (status.js), as the
       certificate and the LMS do: 100 % exactly when the course is completed. */
    const need = this.spec.need;
    const st = completion(need, read(store));
    const passed = st.quizzes.filter((q) => q.s && q.s.ok).length;
    const total = need.lessons.length + need.quizzes.length;
    const done = st.seen + passed;
    const pct = st.done ? 100 : Math.min(99, Math.floor((100 * done) / (total || 1)));
    $(this.root, ".cb-overall").textContent = say("overall", { pct, done, total });
    const unvisited = need.lessons.find((id) => store.get(key("visit", id)) !== 1);
    const open = st.quizzes.find((q) => !(q.s && q.s.ok));
    const out = st.failed && st.quizzes.find((q) => q.tries && q.s && !q.s.ok && q.s.n >= q.tries);
    const next = st.done ? null : links[unvisited || open.id];
    const link = make("a", "", next ? next[1] : say("cert"));
    link.href = ROOT + (next ? next[0] : this.spec.certificate);
    const parts = out ? [say("out_of_tries", { x: links[out.id][1] })] : [say(next ? "next" : "finished"), link];
    if (st.done && tried < scenarios) parts.push(say("optional", { i: scenarios - tried, n: scenarios }));
    $(this.root, ".cb-next").replaceChildren(...parts);
    const due = Object.values(this.spec.checks).flat().filter((q, i, all) => all.indexOf(q) === i)
      .filter((q) => CB.lib.due(store.get(key("answer", q)))).length;
    const review = make("a", "", say("rv_link", { n: due }));
    review.href = ROOT + this.spec.review;
    $(this.root, ".cb-due").replaceChildren(...(due ? [review] : [say("rv_zero")]));
  }
  export() {
    const data = {};
    this.store.keys(`${this.p}:`).forEach((k) => (data[k.slice(this.p.length + 1)] = this.store.get(k)));
    const file = { format: "course-builder-progress", course: C.course, version: C.version,
      exported: new Date().toISOString(), data };
    const a = make("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: "application/json" }));
    a.download = `${C.course}-${C.version}-progress.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    this.status.textContent = say("exported", { n: Object.keys(data).length, file: a.download });
  }
  import(input) {
    const file = input.files[0];
    const fail = (why, v) => (this.status.textContent = say("fail", { file: file.name, why: say(why, v) }));
    if (file.size > 2e6) return fail("big");
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      const f = attempt(() => JSON.parse(reader.result), null);
      if (!isObj(f) || f.format !== "course-builder-progress" || !isObj(f.data)) return fail("notfile");
      if (f.course !== C.course) return fail("course", { x: f.course });
      if (f.version !== C.version) return fail("version", { x: f.version, y: C.version });
      const bad = Object.keys(f.data).find((k) => !ENTRY.test(k) || f.data[k] === null || typeof f.data[k] === "boolean");
      if (bad !== undefined) return fail("damaged", { x: bad });
      this.store.keys(`${this.p}:`).forEach((k) => this.store.remove(k));
      Object.entries(f.data).forEach(([k, v]) => this.store.set(`${this.p}:${k}`, v));
      this.render();
      this.status.textContent = say("loaded", { n: Object.keys(f.data).length, file: file.name });
    });
    reader.addEventListener("error", () => fail("unread"));
    reader.readAsText(file);
    input.value = "";
  }
}

CB.features.records = ({ data, store, widgets }) => {
  const review = data.page && data.page.kind === "review" && $(document, "[data-cb-review]");
  if (review) widgets.push(new Review(review, data.questions || {}, store));
  const cert = data.certificate && $(document, "[data-cb-cert]");
  if (cert) widgets.push(new Certificate(cert, data.certificate, store));
  const prog = data.progress && $(document, "[data-cb-progress]");
  if (prog) widgets.push(new Progress(prog, data.progress, store));
};
