/* course-builder SCORM launch: holds one LMS session (SCORM 1.2 or 2004) while the course's
   pages load in the frame below, and lends those pages a storage adapter backed by
   cmi.suspend_data. Shipped only in SCORM packages. Without an LMS it falls back to the
   course's own browser storage. */
(() => {
  const data = JSON.parse(document.getElementById("cb-lms-data").textContent);
  const frame = document.getElementById("cb-course");
  const note = document.getElementById("cb-lms-note");
  const P = data.prefix + ":";

  /* The API object sits on an ancestor window (or the opener's ancestors). */
  const search = (w) => {
    for (let i = 0; w && i < 50; i++) {
      try {
        if (w.API_1484_11) return [w.API_1484_11, "2004"];
        if (w.API) return [w.API, "1.2"];
      } catch (e) { /* another origin: keep climbing */ }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  const found = (window.parent !== window && search(window.parent)) || (window.opener && search(window.opener));
  if (!found) {
    note.textContent = data.t.no_lms;
    frame.src = "index.html";
    return;
  }
  const [api, version] = found;
  const is12 = version === "1.2";
  const call = (name12, name04, ...args) => api[is12 ? name12 : name04](...args);
  const get = (k12, k04) => String(call("LMSGetValue", "GetValue", is12 ? k12 : k04) || "");
  const set = (k12, k04, v) => call("LMSSetValue", "SetValue", is12 ? k12 : k04, String(v));

  /* suspend_data: "z" + table checksum + base64(deflate-raw(JSON)) where the browser can
     compress, else "j" + checksum + JSON. Keys are stored without the course prefix, and known
     ids (in keys and in quiz answers) as "~" + their index in data.ids, in base 36. */
  const index = {};
  data.ids.forEach((id, i) => (index[id] = "~" + i.toString(36)));
  const swap = (id, to) => (to ? index[id] || id : id[0] === "~" ? data.ids[parseInt(id.slice(1), 36)] || id : id);
  const keyed = (obj, to) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [swap(k, to), v]));
  const pack = (st, to) => Object.fromEntries(Object.entries(st).map(([k, v]) => {
    const [kind, id] = [k.slice(0, k.indexOf(":")), k.slice(k.indexOf(":") + 1)];
    if (kind === data.kinds.quiz && isObj(v) && isObj(v.a)) v = { ...v, a: keyed(v.a, to) };
    return [kind + ":" + swap(id, to), v];
  }));
  const pipe = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  const b64 = (u8) => btoa(Array.from(u8, (c) => String.fromCharCode(c)).join(""));
  const unb64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const T = data.table;
  const encode = async (obj) => {
    const json = JSON.stringify(pack(obj, true));
    if (typeof CompressionStream === "undefined") return "j" + T + json;
    return "z" + T + b64(await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw")));
  };
  const decode = async (s) => {
    try {
      if (s.slice(1, 9) !== T) return {}; // saved by a package whose ids differ: start fresh
      const body = s.slice(9);
      if (s[0] === "j") return pack(JSON.parse(body), false);
      if (s[0] === "z") return pack(JSON.parse(new TextDecoder().decode(await pipe(unb64(body), new DecompressionStream("deflate-raw")))), false);
    } catch (e) { /* unreadable: start fresh rather than fail */ }
    return {};
  };

  let state = {};
  let encoded = "";
  let timer = 0;

  /* Completion, success and score from the learner's saved records, by the course's one
     completion rule over what the learner's chosen path requires (the whole course if none). */
  const read = (kind, id) => state[entryKey(data.kinds, kind, id)];
  const report = () => {
    const path = read("track", "chosen");
    const st = completion(typeof path === "string" && Object.hasOwn(data.need, path) ? data.need[path] : data.need[""], read);
    const { passed, done, score } = st;
    if (is12) {
      set("cmi.core.lesson_status", "", done ? "passed" : "incomplete");
      set("cmi.core.score.min", "", 0);
      set("cmi.core.score.max", "", 100);
      set("cmi.core.score.raw", "", score);
    } else {
      set("", "cmi.completion_status", done ? "completed" : "incomplete");
      set("", "cmi.success_status", passed ? "passed" : "unknown");
      set("", "cmi.score.min", 0);
      set("", "cmi.score.max", 100);
      set("", "cmi.score.raw", score);
      set("", "cmi.score.scaled", (score / 100).toFixed(2));
    }
  };
  const write = () => {
    set("cmi.suspend_data", "cmi.suspend_data", encoded);
    set("cmi.core.exit", "cmi.exit", "suspend");
    try {
      const page = new URL(frame.contentWindow.location.href);
      const here = new URL(".", location.href);
      if (page.href.startsWith(here.href)) set("cmi.core.lesson_location", "cmi.location", page.href.slice(here.href.length));
    } catch (e) { /* the frame is between pages */ }
    report();
    call("LMSCommit", "Commit", "");
  };
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      encoded = await encode(state);
      timer = 0;
      write();
    }, 300);
  };

  /* The storage adapter the course pages pick up (same interface as their localStorage one). */
  window.CourseBuilderLMS = {
    ok: true,
    get: (key) => (key.startsWith(P) && key.slice(P.length) in state ? state[key.slice(P.length)] : null),
    set(key, value) {
      const k = key.slice(P.length);
      const json = JSON.stringify(value);
      // Pages re-save unchanged values (a lesson's visit on every load): skip the LMS commit then.
      if (!key.startsWith(P) || (k in state && JSON.stringify(state[k]) === json)) return;
      state[k] = JSON.parse(json);
      save();
    },
    remove(key) {
      if (key.startsWith(P) && key.slice(P.length) in state) {
        delete state[key.slice(P.length)];
        save();
      }
    },
    keys: (prefix) => Object.keys(state).map((k) => P + k).filter((k) => k.startsWith(prefix)),
  };

  call("LMSInitialize", "Initialize", "");
  const start = get("cmi.core.lesson_location", "cmi.location");
  const kept = get("cmi.suspend_data", "cmi.suspend_data");
  decode(kept).then((saved) => {
    state = isObj(saved) ? saved : {};
    encoded = kept;
    frame.src = /^[\w./-]+\.html(#[\w-]*)?$/.test(start) ? start : "index.html";
  });
  frame.addEventListener("load", () => encoded && write()); // commit on each page change
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    if (timer) {
      // A change is still being compressed; write it uncompressed if it fits the LMS's limit.
      const plain = "j" + T + JSON.stringify(pack(state, true));
      if (!is12 || plain.length <= 4096) encoded = plain;
    }
    clearTimeout(timer);
    write();
    call("LMSFinish", "Terminate", "");
  };
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
})();
