/* course-builder SCORM launch: holds one LMS session (SCORM 1.2 or 2004) while the course's
   pages load in the frame below, and lends those pages a storage adapter backed by
   cmi.suspend_data. Shipped only in SCORM packages. Without an LMS it falls back to the
   course's own browser storage. */
(() => {
  const data = JSON.parse(document.getElementById("cb-lms-data").textContent);
  const frame = document.getElementById("cb-course");
  const note = document.getElementById("cb-lms-note");
  const P = data.prefix + ":";
  const say = (name, vars = {}) => data.t[name].replace(/\{(\w+)\}/g, (_, k) => vars[k]);

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
    note.textContent = say("no_lms");
    frame.src = "index.html";
    return;
  }
  const [api, version] = found;
  const is12 = version === "1.2";
  const call = (name12, name04, ...args) => String(api[is12 ? name12 : name04](...args));
  const get = (k12, k04) => call("LMSGetValue", "GetValue", is12 ? k12 : k04);
  /* The LMS may refuse a value (too long, a read-only session): tell the learner, once. */
  let refused = false;
  const check = (ok) => {
    if (ok !== "true" && !refused) {
      refused = true;
      const code = call("LMSGetLastError", "GetLastError");
      note.textContent = say("refused", { code, text: call("LMSGetErrorString", "GetErrorString", code) });
    }
  };
  const set = (k12, k04, v) => check(call("LMSSetValue", "SetValue", is12 ? k12 : k04, String(v)));
  const commit = () => check(call("LMSCommit", "Commit", ""));

  /* suspend_data: "z" + table checksum + base64(deflate-raw(JSON)) where the browser can
     compress, else "j" + checksum + JSON. Keys are stored without the course prefix, and known
     ids (in keys and in quiz answers) as "~" + their index in data.ids, in base 36.
     (course_builder/package/state_size.py computes the same encoding to size it.) */
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
  const plain = (obj) => "j" + T + JSON.stringify(pack(obj, true));
  const encode = async (obj) => {
    if (typeof CompressionStream === "undefined") return plain(obj);
    return "z" + T + b64(await pipe(new TextEncoder().encode(JSON.stringify(pack(obj, true))), new CompressionStream("deflate-raw")));
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

  /* Session time, as each version writes a duration: 1.2 HHHH:MM:SS.SS, 2004 ISO 8601. */
  const started = Date.now();
  const sessionTime = () => {
    const cs = Math.round((Date.now() - started) / 10);
    const [h, m, s] = [Math.min(9999, Math.floor(cs / 360000)), Math.floor((cs % 360000) / 6000), (cs % 6000) / 100];
    if (!is12) return `PT${h}H${m}M${s.toFixed(2)}S`;
    return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${s.toFixed(2).padStart(5, "0")}`;
  };

  /* Completion, success and score from the learner's saved records, by the course's one
     completion rule over what the learner's chosen path requires (the whole course if none).
     No score is reported until the rule defines one. */
  let state = {};
  const read = (kind, id) => state[entryKey(data.kinds, kind, id)];
  const report = () => {
    const path = read("track", "chosen");
    const need = typeof path === "string" && Object.hasOwn(data.need, path) ? data.need[path] : data.need[""];
    const { passed, done, score, failed } = completion(need, read);
    const graded = need.quizzes.length > 0;
    if (is12) {
      set("cmi.core.lesson_status", "", failed ? "failed" : !done ? "incomplete" : graded ? "passed" : "completed");
      set("cmi.core.score.min", "", 0);
      set("cmi.core.score.max", "", 100);
      set("cmi.core.score.raw", "", score === null ? "" : score); // CMIBlank: no score yet
    } else {
      set("", "cmi.completion_status", done ? "completed" : "incomplete");
      set("", "cmi.success_status", failed ? "failed" : graded && passed ? "passed" : "unknown");
      if (score !== null) {
        set("", "cmi.score.min", 0);
        set("", "cmi.score.max", 100);
        set("", "cmi.score.raw", score);
        set("", "cmi.score.scaled", (score / 100).toFixed(2));
      }
    }
  };

  /* Saving: pages change `state`; it reaches the LMS at most once per page view, once per
     submitted quiz, and when the learner leaves (or hides) the course; a change is encoded in
     the background meanwhile, so leaving never waits on compression. */
  call("LMSInitialize", "Initialize", "");
  const review = get("cmi.core.lesson_mode", "cmi.mode") === "review"; // show the record, write nothing
  let rev = 0; // changes made so far
  let encoded = "";
  let encodedRev = 0; // the change `encoded` holds
  let savedRev = 0; // the change last committed
  let timer = 0;
  let finished = false;
  const encodeNow = async () => {
    const r = rev;
    const e = await encode(state);
    if (r > encodedRev) [encoded, encodedRev] = [e, r];
  };
  const write = () => {
    set("cmi.suspend_data", "cmi.suspend_data", encoded);
    set("cmi.core.exit", "cmi.exit", "suspend");
    set("cmi.core.session_time", "cmi.session_time", sessionTime());
    report();
    commit();
    savedRev = encodedRev;
  };
  /* A page view's or a quiz's commit: after the page has shown, and only if something changed. */
  const save = () => setTimeout(async () => {
    if (review || finished || rev === savedRev) return;
    if (encodedRev < rev) await encodeNow();
    if (!finished && encodedRev > savedRev) write();
  }, 0);
  /* Hiding or leaving: now, synchronously. A change still being compressed is written
     uncompressed if that fits SCORM 1.2's limit; otherwise the last compressed state is. */
  const saveNow = (leaving) => {
    if (review) return;
    if (encodedRev < rev && (!is12 || plain(state).length <= 4096)) [encoded, encodedRev] = [plain(state), rev];
    if (leaving || encodedRev > savedRev) write(); // leaving: session time and location too
  };
  const changed = () => {
    rev += 1;
    clearTimeout(timer);
    timer = setTimeout(encodeNow, 100);
  };

  /* The storage adapter the course pages pick up (same interface as their localStorage one,
     plus viewed and flush, which say when to commit, and readonly in review mode). */
  const inPrefix = (key) => key.startsWith(P) && key.slice(P.length);
  window.CourseBuilderLMS = {
    ok: true,
    readonly: review,
    get: (key) => (inPrefix(key) in state ? state[key.slice(P.length)] : null),
    set(key, value) {
      const k = inPrefix(key);
      const json = JSON.stringify(value);
      // Pages re-save unchanged values (a lesson's visit on every load): no change then.
      if (review || !k || (k in state && JSON.stringify(state[k]) === json)) return;
      state[k] = JSON.parse(json);
      changed();
    },
    remove(key) {
      const k = inPrefix(key);
      if (!review && k && k in state) {
        delete state[k];
        changed();
      }
    },
    keys: (prefix) => Object.keys(state).map((k) => P + k).filter((k) => k.startsWith(prefix)),
    viewed() {
      try {
        const page = new URL(frame.contentWindow.location.href);
        const here = new URL(".", location.href);
        if (!review && page.href.startsWith(here.href)) set("cmi.core.lesson_location", "cmi.location", page.href.slice(here.href.length));
      } catch (e) { /* the frame is between pages */ }
      save();
    },
    flush: save,
  };

  if (review) note.textContent = say("review");
  const start = get("cmi.core.lesson_location", "cmi.location");
  const kept = get("cmi.suspend_data", "cmi.suspend_data");
  decode(kept).then((saved) => {
    state = isObj(saved) ? saved : {};
    encoded = kept;
    frame.src = /^[\w./-]+\.html(#[\w-]*)?$/.test(start) ? start : "index.html";
  });
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    saveNow(true);
    call("LMSFinish", "Terminate", "");
  };
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && !finished && saveNow(false));
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
})();
