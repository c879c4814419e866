/* The learner's path (a link with ?track=ID chooses it, ?track= the whole course; it is kept
   in storage), and the marks after links in the menu and in content lists: a tick once the
   page is done, a tag where the path leaves it optional. Which page a link leads to, and what
   kind of page it is, come from Python's page table. */

const chosenPath = (store) => {
  const asked = new URLSearchParams(location.search).get("track");
  const k = key("track", "chosen");
  if (asked === "") store.remove(k);
  if (C.paths.some((t) => t.id === asked)) store.set(k, asked);
  return C.paths.find((t) => t.id === store.get(k)) || null;
};

const passed = (store, id) => !!(quizState(store, id) || {}).ok;
const DONE = {
  lesson: (store, id) => store.get(key("visit", id)) === 1,
  scenario: (store, id) => rec(store, "scenario", id).d === 1,
  quiz: passed,
  final: passed,
};

const navTicks = (store, optional) => {
  $$(document, ".cb-tick, .cb-tag").forEach((t) => t.remove());
  $$(document, "a.md-nav__link[href$='.html'], .md-typeset :is(li, td) > a:first-child[href$='.html']").forEach((a) => {
    const href = a.href.split(/[?#]/)[0];
    const page = ROOT && href.startsWith(ROOT) && C.pages[href.slice(ROOT.length)];
    if (!page) return;
    const [id, kind] = page;
    if (DONE[kind] && DONE[kind](store, id)) {
      const t = make("span", "cb-tick");
      const mark = make("span", "", " ✓");
      mark.setAttribute("aria-hidden", "true");
      t.append(mark, srOnly(say("done")));
      a.append(t);
    }
    if (optional.includes(id)) a.append(make("span", "cb-tag", say("optional")));
  });
};
