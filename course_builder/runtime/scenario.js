/* Scenario player: replays the learner's path through the decision graph. The dialogue is
   built from clones of the server-rendered script, so no text is ever parsed as HTML. */
const { $, $$, show, make, copy, rec, key, say, Widget, shuffled } = CB.lib;

class Player extends Widget {
  constructor(root, spec, store) {
    super();
    Object.assign(this, { root, spec, store, key: key("scenario", spec.id) });
    this.script = $(root, ".cb-sc-script");
    this.log = $(root, ".cb-sc-log");
    this.now = $(root, ".cb-sc-now");
    this.status = $(root, ".cb-sc-play .cb-status");
    this.backBtn = $(root, ".cb-sc-back");
    this.debrief = $(document, `[data-cb-debrief="${spec.id}"]`);
    show(this.script, false);
    show($(root, ".cb-sc-play"), true);
    const saved = rec(store, "scenario", spec.id).p;
    this.path = this.replay(saved) ? saved : [];
    this.render();
    this.on(this.now, "click", (e) => {
      const b = e.target.closest(".cb-sc-choice");
      if (b) this.go(this.path.concat(b.dataset.c), "");
    });
    this.on(this.backBtn, "click", () => this.go(this.path.slice(0, -1), say("back")));
    this.on($(root, ".cb-sc-restart"), "click", () => this.go([], say("restart")));
  }
  /* The node each step starts from, or null if the path does not fit the graph. */
  replay(path) {
    if (!Array.isArray(path)) return null;
    const at = [this.spec.start];
    for (const c of path) {
      const node = this.spec.nodes[at[at.length - 1]];
      if (!node.c || !node.c[c]) return null;
      at.push(node.c[c][1]);
    }
    return at;
  }
  go(path, said) {
    const forward = path.length > this.path.length;
    this.path = path;
    const end = this.spec.nodes[this.replay(path).pop()].end;
    this.store.set(this.key, { p: path, d: end ? 1 : 0, s: end ? this.score() : null });
    this.render();
    /* Reaching an ending also says how it ended and the score. */
    const result = end && this.debrief ? $(this.debrief, ".cb-sc-result-title").textContent : "";
    this.status.textContent = result ? `${said} ${result}` : said;
    const target = forward ? this.log.lastElementChild : $(this.now, "button") || $(this.now, "h3");
    target.focus();
  }
  score() {
    let got = 0;
    let best = 0;
    this.steps().forEach(([node, c]) => {
      got += node.c[c][0];
      best += node.b;
    });
    return best ? Math.round((100 * got) / best) : 100;
  }
  steps() {
    const at = this.replay(this.path);
    return this.path.map((c, i) => [this.spec.nodes[at[i]], c, at[i]]);
  }
  render() {
    this.log.replaceChildren(...this.steps().map(([, c, id]) => this.entry(id, c)));
    const id = this.replay(this.path).pop();
    const src = $(this.script, `[data-cb-node="${id}"]`);
    show(this.backBtn, this.path.length > 0);
    if (this.spec.nodes[id].end) {
      const h = copy(src, "h3");
      h.tabIndex = -1;
      this.now.replaceChildren(h, copy(src, ".cb-node-text"), copy(src, ".cb-end-text"));
      this.showDebrief(true);
      return;
    }
    this.showDebrief(false);
    const set = make("fieldset", "cb-sc-decision");
    const legend = make("legend");
    legend.append(copy(src, "h3").textContent + ": ", copy(src, ".cb-node-prompt strong"));
    set.append(legend);
    /* The choices, a list of what you could say or do, in this learner's order (so the best one
       is not always in the same place); each is a button. */
    const list = make("ul", "cb-sc-choices");
    shuffled($$(src, "[data-cb-choice]"), `${this.spec.id}:${id}`).forEach((li, i) => {
      const b = make("button", "cb-sc-choice");
      b.type = "button";
      b.dataset.c = li.dataset.cbChoice;
      const letter = make("span", "cb-sc-letter", String.fromCharCode(65 + i));
      letter.setAttribute("aria-hidden", "true");
      b.append(letter, copy(li, ".cb-choice-text"));
      const item = make("li");
      item.append(b);
      list.append(item);
    });
    set.append(list);
    this.now.replaceChildren(copy(src, ".cb-node-text"), set);
  }
  entry(id, c) {
    const src = $(this.script, `[data-cb-node="${id}"]`);
    const li = $(src, `[data-cb-choice="${c}"]`);
    /* One step of the path taken: the situation, what the learner chose (their words, quoted),
       how the customer reacted, then the coaching. */
    const item = make("li", "cb-sc-step");
    item.tabIndex = -1;
    const you = make("div", "cb-sc-you");
    const said = make("blockquote", "cb-sc-said");
    said.append(copy(li, ".cb-choice-text"));
    you.append(make("p", "cb-sc-label", say("you_chose", { x: copy(src, "h3").textContent })), said);
    const reaction = make("div", "cb-sc-reaction");
    reaction.append(make("p", "cb-sc-label", say("reaction")), copy(li, ".cb-cons"));
    item.append(copy(src, ".cb-node-text"), you, reaction, copy(li, ".cb-coach"));
    return item;
  }
  showDebrief(done) {
    const d = this.debrief;
    if (!d) return;
    show($(d, ".cb-sc-wait"), !done);
    show($(d, ".cb-sc-body"), done);
    show($(d, ".cb-sc-result"), done);
    if (!done) return;
    const path = this.steps().map(([, c, id]) => `${id}:${c}`);
    $$(d, "[data-cb-deb]").forEach((li) => show(li, path.includes(li.dataset.cbDeb)));
    $$(d, ".cb-sc-well, .cb-sc-work").forEach((box) => show(box, $(box, "li:not([hidden])")));
    const end = copy($(this.script, `[data-cb-node="${this.replay(this.path).pop()}"]`), "h3").textContent;
    $(d, ".cb-sc-result-title").textContent = say("scored", { x: end, s: this.score() });
  }
}

/* A scenario page gets its player; a section page shows each scenario's status from the saved paths. */
CB.features.scenario = ({ data, store, widgets }) => {
  const sc = data.scenario;
  const root = sc && $(document, `[data-cb-scenario="${sc.id}"]`);
  if (root) widgets.push(new Player(root, sc, store));
  $$(document, "[data-cb-sc-status]").forEach((el) => {
    const s = rec(store, "scenario", el.dataset.cbScStatus);
    const done = s.d === 1 && typeof s.s === "number";
    el.textContent = done ? say("sc_done", { s: s.s }) : say(s.p && s.p.length ? "sc_doing" : "sc_new");
  });
};
