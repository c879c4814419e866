/* Storage adapter and small helpers shared by every widget. */

/* Run f; if it throws (blocked storage, bad JSON), give the fallback instead. */
const attempt = (f, fallback) => {
  try {
    return f();
  } catch (e) {
    return fallback;
  }
};

/* Storage adapter: JSON values by key. A SCORM backend can replace it by setting
   CourseBuilder.storage (same get/set/remove/ok) before the page initialises. */
const localStore = () => {
  const ls = attempt(() => {
    const s = window.localStorage;
    s.setItem("cb:probe", "1");
    s.removeItem("cb:probe");
    return s;
  }, null);
  /* Every access may throw (storage full or blocked): the page keeps working without it. */
  return {
    ok: !!ls,
    get: (key) => attempt(() => JSON.parse(ls.getItem(key)), null),
    set: (key, value) => attempt(() => ls.setItem(key, JSON.stringify(value))),
    remove: (key) => attempt(() => ls.removeItem(key)),
    keys: (prefix) => attempt(() => Object.keys(ls).filter((k) => k.startsWith(prefix)), []),
  };
};
/* Inside a SCORM package, the launch page above lends an adapter over cmi.suspend_data. */
const lmsStore = () => attempt(() => window.parent !== window && window.parent.CourseBuilderLMS, null);
CB.storage = CB.storage || lmsStore() || localStore();

const $ = (root, sel) => root.querySelector(sel);
const $$ = (root, sel) => Array.from(root.querySelectorAll(sel));
const show = (el, on) => el && (el.hidden = !on);
const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const isObj = (x) => !!x && typeof x === "object" && !Array.isArray(x);
/* A saved record: the stored object, or {} when it is missing or not an object. */
const rec = (store, key) => {
  const v = store.get(key);
  return isObj(v) ? v : {};
};
const make = (tag, cls, text) => {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  if (text) el.textContent = text;
  return el;
};
const srOnly = (text) => make("span", "cb-sr", text);
const copy = (root, sel) => {
  const el = $(root, sel);
  return el ? el.cloneNode(true) : make("span");
};

/* Two-step confirmation inside the page (no window.confirm): shows the question, keeps focus. */
const confirmStep = (w, trigger, box, onYes) => {
  w.on(trigger, "click", () => {
    show(box, true);
    $(box, ".cb-no").focus();
  });
  w.on($(box, ".cb-no"), "click", () => {
    show(box, false);
    trigger.focus();
  });
  w.on($(box, ".cb-yes"), "click", () => {
    show(box, false);
    onYes();
  });
};
const savedNote = (store) => say(store.ok ? "saved" : "not_saved");
/* The page supplies every sentence the runtime shows (page data "t"); {key} is filled in. */
let texts = {};
const say = (name, vars = {}) => texts[name].replace(/\{(\w+)\}/g, (_, k) => vars[k]);
const today = () => new Date().toISOString().slice(0, 10);

/* A widget binds DOM events through on() so destroy() can remove them all. */
class Widget {
  constructor() {
    this.ac = new AbortController();
  }
  on(el, type, fn) {
    el.addEventListener(type, fn, { signal: this.ac.signal });
  }
  destroy() {
    this.ac.abort();
  }
}
