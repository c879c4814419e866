/* Bind widgets to the current page: on load, and again on each Material instant navigation.
   A page names the feature files it needs (quiz, scenario, contract, records); each loads
   once, from the site's own folder, the first time a page needs it. */

CB.features = CB.features || {};
/* What feature files use of the core. */
CB.lib = { $, $$, show, same, make, srOnly, copy, rec, key, quizState, say, savedNote, today, attempt,
  confirmStep, isObj, Widget, ROOT, shuffled, Check, due, dayNumber };

/* Question widgets for the questions in `root` of one mode, from the page's question data,
   graded by `Grader` (a knowledge check's answers are in its data; a quiz's are sealed). */
const questionsIn = (root, specs, mode, Grader = PlainGrader) => $$(root, `.cb-q[data-cb-mode="${mode}"]`).map((el) => {
  const spec = specs[el.dataset.cbQ];
  return spec && TYPES[spec.type] ? new TYPES[spec.type](el, spec, new Grader(spec)) : null;
}).filter(Boolean);
CB.lib.questionsIn = questionsIn;

const loading = {};
const load = (name) => CB.features[name] ? Promise.resolve() : (loading[name] = loading[name] || new Promise((ok, fail) => {
  const s = make("script");
  s.src = ROOT + C.files[name];
  s.addEventListener("load", ok);
  s.addEventListener("error", fail);
  document.head.append(s);
}));

let widgets = [];
let bound = null;
const init = () => {
  const dataEl = document.getElementById("cb-page-data");
  if (dataEl && dataEl === bound) return; // this page is already initialised
  widgets.forEach((w) => w.destroy());
  widgets = [];
  bound = dataEl;
  const data = dataEl ? attempt(() => JSON.parse(dataEl.textContent), null) : null;
  const store = CB.storage;
  const path = chosenPath(store);
  $$(document, "[data-cb-track]").forEach((el) => show(el, el.dataset.cbTrack === (path ? path.id : "")));
  if (isObj(data)) {
    const notice = $(document, ".cb-storage");
    if (notice && !store.ok) notice.textContent = say("storage_blocked");
    show(notice, !store.ok);
    show($(document, ".cb-noscript"), false);
    /* A spec with per-path versions switches to the chosen path's. */
    [data.quiz, data.certificate, data.progress].forEach((s) => s && path && s.tracks && Object.assign(s, s.tracks[path.id]));
    const page = data.page || {};
    const specs = data.questions || {};
    $$(document, '.cb-q[data-cb-mode="reflect"]').forEach((el) => widgets.push(new Reflect(el, store)));
    questionsIn(document, specs, "check").forEach((q) => widgets.push(q, new Check(q, store)));
    if (page.kind === "lesson") store.set(key("visit", page.id), 1);
    const ctx = { data, page, store, widgets };
    /* Resolves once the page's features are bound (or could not load). */
    CB.ready = Promise.all((data.features || []).map((name) =>
      load(name).then(() => bound === dataEl && CB.features[name](ctx), () => undefined)));
    if (store.readonly) CB.ready.then(() => bound === dataEl && lock());
  }
  navTicks(store, path ? path.o : []);
  /* A code block wider than the page scrolls: keyboard users must reach it (the theme does this
     only when its scripts run in full, which they do not from file://, nor on every engine). */
  $$(document, ".md-typeset pre > code").forEach((c) => c.scrollWidth > c.clientWidth && !c.hasAttribute("tabindex") &&
    c.setAttribute("tabindex", "0"));
  if (store.viewed) store.viewed(); // an LMS commits what this page view changed
};
/* An LMS's review mode: the learner's record, shown read-only (printing stays). */
const lock = () => $$(document, '[class*="cb-"] :is(button, input, select, textarea)').forEach((el) => {
  if (/^(text|date|)$/.test(el.type) || el.tagName === "TEXTAREA") el.readOnly = true;
  else if (!/\bcb-(print|print-blank|export)\b/.test(el.className)) el.disabled = true;
});
CB.init = init;
/* document$ emits on each instant navigation, but not from file://, so also init on load. */
if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
