/* The performance contract: saved as the learner types, offered reflections and
   encounter-model steps as starting points, printable filled in or blank. */
const { $, $$, show, make, rec, key, isObj, say, savedNote, confirmStep, Widget } = CB.lib;

class ContractForm extends Widget {
  constructor(form, spec, store) {
    super();
    Object.assign(this, { form, spec, store, key: key("contract", spec.id) });
    this.fields = $$(form, "[data-cb-field]");
    this.status = $(form, ".cb-status");
    this.addBtn = $(form, ".cb-add");
    show($(form, ".cb-tools"), true);
    $$(form, ".cb-suggest").forEach((s) => show(s, true));
    const saved = rec(store, "contract", spec.id);
    const v = isObj(saved.v) ? saved.v : {};
    this.fields.forEach((f) => {
      if (typeof v[f.dataset.cbField] === "string") f.value = v[f.dataset.cbField];
      this.mirror(f);
    });
    const used = Math.max(0, ...Object.keys(v).map((k) => (/^c(\d+)\./.exec(k) || [0, 0])[1] * 1));
    const n = Number.isInteger(saved.n) ? saved.n : spec.min;
    this.n = Math.min(spec.max, Math.max(spec.min, n, used));
    this.sets();
    this.offerReflections();
    this.on(form, "input", (e) => this.changed(e.target));
    this.on(form, "change", (e) => this.changed(e.target));
    this.on(this.addBtn, "click", () => {
      this.n += 1;
      this.sets();
      this.save();
      $(form, `[data-cb-n="${this.n}"] textarea, [data-cb-n="${this.n}"] input`).focus();
    });
    $$(form, ".cb-use-step").forEach((b) => this.on(b, "click", () => {
      const list = $(b.parentNode, "select");
      if (list.value) this.use(list.dataset.cbSuggest, list.value);
      else list.focus();
      list.value = "";
    }));
    this.on($(form, ".cb-print"), "click", () => window.print());
    this.on($(form, ".cb-print-blank"), "click", () => {
      document.body.classList.add("cb-blank");
      window.print();
      document.body.classList.remove("cb-blank");
    });
    confirmStep(this, $(form, ".cb-clear"), $(form, ".cb-confirm"), () => {
      store.remove(this.key);
      this.fields.forEach((f) => {
        f.value = "";
        this.mirror(f);
      });
      this.n = spec.min;
      this.sets();
      this.status.textContent = say("cleared");
      this.fields[0].focus();
    });
  }
  sets() {
    $$(this.form, ".cb-commitment").forEach((set) => show(set, set.dataset.cbN * 1 <= this.n));
    show(this.addBtn, this.n < this.spec.max);
  }
  changed(el) {
    if (!el.dataset.cbField) return; // (choosing a step changes nothing until "Use this step": WCAG 3.2.2)
    this.mirror(el);
    this.save();
  }
  /* Put text into a field (after what is there), as if typed: no longer than typing allows. */
  use(field, text) {
    const f = $(this.form, `[data-cb-field="${field}"]`);
    const all = f.value.trim() ? `${f.value.trim()}\n${text}` : text;
    f.value = f.maxLength > 0 ? all.slice(0, f.maxLength) : all;
    this.changed(f);
    f.focus();
  }
  /* Print shows this copy of the value, which wraps instead of being cut off. */
  mirror(f) {
    const out = $(f.parentNode, ".cb-print-value");
    out.textContent = f.tagName === "SELECT" ? (f.value ? f.selectedOptions[0].textContent : "") : f.value;
  }
  save() {
    const v = {};
    this.fields.forEach((f) => f.value && (v[f.dataset.cbField] = f.value));
    this.store.set(this.key, { v, n: this.n });
    if (!this.told) this.status.textContent = savedNote(this.store);
    this.told = true;
  }
  offerReflections() {
    const texts = this.spec.reflections
      .map((r) => rec(this.store, "reflection", r.id).t)
      .filter((t) => typeof t === "string" && t.trim())
      .map((t) => t.trim());
    $$(this.form, ".cb-from-reflections").forEach((box) => {
      const list = $(box, "ul");
      const field = $(box.parentNode, "select").dataset.cbSuggest;
      list.replaceChildren(...texts.map((t) => {
        const b = make("button", "cb-use", t.length > 90 ? t.slice(0, 90) + "…" : t);
        b.type = "button";
        this.on(b, "click", () => this.use(field, t));
        const li = make("li");
        li.append(b);
        return li;
      }));
      show(box, texts.length > 0);
    });
  }
}

CB.features.contract = ({ data, store, widgets }) => {
  const form = data.contract && $(document, `[data-cb-contract="${data.contract.id}"]`);
  if (form) widgets.push(new ContractForm(form, data.contract, store));
};
