/* Bind widgets to the current page: on load, and again on each Material instant navigation. */

let widgets = [];
let bound = null;
const init = () => {
  const dataEl = document.getElementById("cb-page-data");
  if (dataEl && dataEl === bound) return; // this page is already initialised
  widgets.forEach((w) => w.destroy());
  widgets = [];
  bound = dataEl;
  if (!dataEl) return;
  const data = attempt(() => JSON.parse(dataEl.textContent), null);
  if (!isObj(data)) return;
  texts = data.t || {};
  const store = CB.storage;
  const p = data.prefix;
  const note = $(document, ".cb-storage");
  show(note, !store.ok);
  /* The learner's path: chosen by a link (?track=ID, or ?track= for the whole course), kept in storage. */
  const tracks = data.tracks || [];
  const tk = `${p}:track:chosen`;
  const asked = new URLSearchParams(location.search).get("track");
  if (asked === "") store.remove(tk);
  if (tracks.some((t) => t.id === asked)) store.set(tk, asked);
  const tr = tracks.find((t) => t.id === store.get(tk));
  $$(document, "[data-cb-track]").forEach((el) => show(el, el.dataset.cbTrack === (tr ? tr.id : "")));
  /* A spec with per-track versions switches to the chosen path's. */
  [data.quiz, data.certificate, data.progress].forEach((s) => s && tr && s.tracks && Object.assign(s, s.tracks[tr.id]));
  const specs = data.questions || {};
  const build = (el) => {
    const spec = specs[el.dataset.cbQ];
    const q = spec && TYPES[spec.type] ? new TYPES[spec.type](el, spec) : null;
    if (q) widgets.push(q);
    return q;
  };
  $$(document, '.cb-q[data-cb-mode="reflect"]').forEach((el) =>
    widgets.push(new Reflect(el, `${p}:r:${el.dataset.cbQ}`, store)));
  $$(document, '.cb-q[data-cb-mode="check"]').forEach((el) => {
    const q = build(el);
    if (q) widgets.push(new Check(q, `${p}:q:${q.id}`, store));
  });
  show($(document, ".cb-noscript"), false);
  const form = $(document, ".cb-quiz");
  if (form && data.quiz) {
    const qs = $$(form, '.cb-q[data-cb-mode="quiz"]').map(build).filter(Boolean);
    widgets.push(new Quiz(form, qs, data.quiz, `${p}:quiz:${data.quiz.id}`, store));
  }
  if (data.visit) store.set(`${p}:v:${data.visit}`, 1);
  const cf = data.contract && $(document, `[data-cb-contract="${data.contract.id}"]`);
  if (cf) widgets.push(new ContractForm(cf, data.contract, `${p}:contract:${data.contract.id}`, store, p));
  const cert = data.certificate && $(document, "[data-cb-cert]");
  if (cert) widgets.push(new Certificate(cert, data.certificate, p, store));
  const prog = data.progress && $(document, "[data-cb-progress]");
  if (prog) widgets.push(new Progress(prog, data.progress, p, store));
  const sc = data.scenario;
  const root = sc && $(document, `[data-cb-scenario="${sc.id}"]`);
  if (root) widgets.push(new Player(root, sc, `${p}:sc:${sc.id}`, store));
  if (data.scenarios) scenarioStatus(p, store);
  navTicks(p, store, tr ? tr.o : []);
};
CB.init = init;
/* document$ emits on each instant navigation, but not from file://, so also init on load. */
if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
