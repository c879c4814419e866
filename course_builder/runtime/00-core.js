/* Storage adapter and small helpers shared by every widget. */

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
    keys(prefix) {
      const out = [];
      try {
        for (let i = 0; ls && i < ls.length; i++) if (ls.key(i).startsWith(prefix)) out.push(ls.key(i));
      } catch (e) { /* ignore */ }
      return out;
    },
  };
};
/* Inside a SCORM package, the launch page above lends an adapter over cmi.suspend_data. */
const lmsStore = () => {
  try {
    return window.parent !== window && window.parent.CourseBuilderLMS;
  } catch (e) {
    return null;
  }
};
CB.storage = CB.storage || lmsStore() || localStore();

const $ = (root, sel) => root.querySelector(sel);
const $$ = (root, sel) => Array.from(root.querySelectorAll(sel));
const show = (el, on) => el && (el.hidden = !on);
const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const isObj = (x) => !!x && typeof x === "object" && !Array.isArray(x);
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
