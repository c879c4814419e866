/* Storage adapter and small helpers shared by every widget (and lent to the feature files). */

/* The course-wide data (course-data.js, loaded first): storage prefix, record kinds, interface
   text, the page table and the learning paths, all computed by Python. */
const C = CB.course || { prefix: "cb", kinds: {}, t: {}, pages: {}, paths: [], files: {} };
/* The site's root, from this file's own address and its path in the site (Python's), so links
   resolve the same from any page, under any sub-path and from file://. */
const me = document.currentScript ? document.currentScript.src : "";
const ROOT = me && C.files.core && me.endsWith(C.files.core) ? me.slice(0, -C.files.core.length) : "";

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

/* The one place a storage key is made: prefix, the kind's short name (Python's table), id. */
const key = (kind, id) => `${C.prefix}:${entryKey(C.kinds, kind, id)}`;
CB.key = key;
/* A saved record: the stored object, or {} when it is missing or not an object. */
const rec = (store, kind, id) => {
  const v = store.get(key(kind, id));
  return isObj(v) ? v : {};
};
const quizState = (store, id) => {
  const s = rec(store, "quiz", id);
  return typeof s.best === "number" ? s : null;
};

const $ = (root, sel) => root.querySelector(sel);
const $$ = (root, sel) => Array.from(root.querySelectorAll(sel));
const show = (el, on) => el && (el.hidden = !on);
const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
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
/* Every sentence the runtime shows comes from the course's interface text; {key} is filled in. */
const say = (name, vars = {}) => (C.t[name] || name).replace(/\{(\w+)\}/g, (_, k) => vars[k]);
/* Where nothing can be saved, the page's one notice says so (not every widget). */
const savedNote = (store) => (store.ok ? say("saved") : "");
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
