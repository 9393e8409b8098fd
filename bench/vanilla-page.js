// The vanilla page's few lines of plain JS (bench/vanilla.mjs records what
// they apply): each click or input event applies the next recorded step's
// changes, phase 1 at once and phase 2 in the next frame, as the app does.
// Node references and parsed markup are prepared before the event
// (`__vanilla.prepare(i)`), as a hand-written page would hold them.
(() => {
  const steps = window.__steps;
  const prepared = [];
  let next = 0;
  const at = (path) => {
    let n = document.body;
    if (path !== '') for (const i of path.split('.')) n = n.childNodes[Number(i)];
    return n;
  };
  const maker = (c) => {
    if ('t' in c) return () => document.createTextNode(c.t);
    if ('c' in c) return () => document.createComment(c.c);
    const tpl = document.createElement('template');
    tpl.innerHTML = c.h;
    const node = tpl.content.firstChild;
    return () => node.cloneNode(true);
  };
  const resolve = (phase) => ({
    attrs: phase.attrs.map(([p, name, value]) => [at(p), name, value]),
    texts: phase.texts.map(([p, data]) => [at(p), data]),
    lists: phase.lists.map(([p, children]) => {
      const parent = at(p);
      const old = [...parent.childNodes];
      return [parent, children.map((c) => ('k' in c ? { node: old[c.k] } : { make: maker(c) }))];
    }),
  });
  const apply = (r) => {
    for (const [n, name, value] of r.attrs) {
      if (value === null) n.removeAttribute(name);
      else n.setAttribute(name, value);
    }
    for (const [n, data] of r.texts) n.data = data;
    for (const [parent, kids] of r.lists) {
      const keep = new Set();
      for (const k of kids) if (k.node) keep.add(k.node);
      for (let c = parent.firstChild; c;) {
        const after = c.nextSibling;
        if (!keep.has(c)) parent.removeChild(c);
        c = after;
      }
      let cur = parent.firstChild;
      for (const k of kids) {
        const node = k.node ?? k.make();
        if (node === cur) cur = cur.nextSibling;
        else parent.insertBefore(node, cur);
      }
    }
  };
  const onEvent = (e) => {
    if (e.type === 'click') e.preventDefault();
    const i = next++;
    if (i >= steps.length) return;
    apply(prepared[i] ?? resolve(steps[i].p1));
    prepared[i] = undefined;
    requestAnimationFrame(() => setTimeout(() => apply(resolve(steps[i].p2)), 0));
  };
  document.addEventListener('click', onEvent, true);
  document.addEventListener('input', onEvent, true);
  window.__vanilla = {
    ready: true,
    prepare: (i) => { prepared[i] = resolve(steps[i].p1); },
  };
})();
