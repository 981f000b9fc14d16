/* kg report: the actor network (vis-network), its filters, and the facts table it drives. */
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const colourOf = Object.fromEntries(data.kinds.map((k) => [k.id, k.colour]));
  const kindLabel = Object.fromEntries(data.kinds.map((k) => [k.id, k.label]));
  const palette = ["#9ecae1", "#fdd49e", "#c7e9c0", "#dadaeb", "#fcbba1", "#c6dbef", "#fee391", "#d9d9d9",
                   "#a1d99b", "#bcbddc", "#fdae6b", "#9e9ac8"];
  const shapeOf = { state: "dot", person: "diamond" };

  // ---------------------------------------------------------------- the network
  const nodes = new vis.DataSet(data.network.nodes.map((n) => ({
    id: n.id, label: n.label, x: n.x, y: n.y, value: n.facts, community: n.community,
    shape: shapeOf[n.kind] || "square", title: `${n.label} (${n.kind}, ${n.facts})`,
    color: { background: palette[n.community % palette.length], border: "#4a5468" },
  })));
  const edges = new vis.DataSet(data.network.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, kind: e.kind, modality: e.modality, weight: e.weight, facts: e.facts,
    color: { color: colourOf[e.kind], opacity: 0.85 }, dashes: e.modality === "possible",
    width: 1 + Math.log2(e.weight) * 1.5, arrows: e.directed ? "to" : "",
    title: `${kindLabel[e.kind]} · ${e.modality} · ${e.weight}`,
  })));
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes, edges }, {
    physics: false,
    nodes: { scaling: { min: 10, max: 32, label: { enabled: true, min: 11, max: 24, drawThreshold: 7 } },
             font: { face: "system-ui, sans-serif" } },
    edges: { smooth: { type: "continuous" }, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 150, multiselect: false },
  });
  network.once("afterDrawing", () => performance.mark("kg-network-drawn"));

  function filters() {
    const form = document.getElementById("network-filters");
    const checked = (name) => new Set(Array.from(form.querySelectorAll(`input[name=${name}]:checked`), (i) => i.value));
    return { kinds: checked("kind"), modalities: checked("modality"),
             minWeight: Number(form.querySelector("input[name=min-weight]").value) || 1,
             group: form.querySelector("input[name=group]").checked };
  }

  function applyFilters() {
    const f = filters();
    openClusters();
    const linked = new Set();
    edges.update(edges.get().map((e) => {
      const hidden = !f.kinds.has(e.kind) || !f.modalities.has(e.modality) || e.weight < f.minWeight;
      if (!hidden) { linked.add(e.from); linked.add(e.to); }
      return { id: e.id, hidden };
    }));
    nodes.update(nodes.get().map((n) => ({ id: n.id, hidden: !linked.has(n.id) })));
    if (f.group) groupCommunities();
  }

  // ---------------------------------------------------------------- grouping by community
  function groupCommunities() {
    for (const community of data.network.communities) {
      const members = nodes.get({ filter: (n) => n.community === community.id && !n.hidden });
      if (members.length < 3) continue;
      clusters.add(`community-${community.id}`);
      network.cluster({
        joinCondition: (n) => n.community === community.id && !n.hidden,
        clusterNodeProperties: {
          id: `community-${community.id}`, label: `${community.label} +${members.length - 1}`, shape: "dot",
          value: members.reduce((sum, n) => sum + n.value, 0), borderWidth: 3,
          color: { background: palette[community.id % palette.length], border: "#4a5468" },
        },
      });
    }
  }

  const clusters = new Set();  // asking vis about a cluster that is not there logs an error

  function openClusters() {
    clusters.forEach((id) => network.openCluster(id));
    clusters.clear();
  }

  // ---------------------------------------------------------------- selection
  function selectActor(id) {
    if (!nodes.get(id)) return;
    if (clusters.size) openClusters();
    const near = new Set([id, ...network.getConnectedNodes(id)]);
    const touching = new Set(network.getConnectedEdges(id));
    nodes.update(nodes.get().map((n) => ({ id: n.id, opacity: near.has(n.id) ? 1 : 0.2 })));
    edges.update(edges.get().map((e) => ({ id: e.id, color: { color: colourOf[e.kind], opacity: touching.has(e.id) ? 1 : 0.12 } })));
    network.selectNodes([id]);
    showFacts({ actor: id, facts: null }, nodes.get(id).label);
  }

  function clearSelection() {
    nodes.update(nodes.get().map((n) => ({ id: n.id, opacity: 1 })));
    edges.update(edges.get().map((e) => ({ id: e.id, color: { color: colourOf[e.kind], opacity: 0.85 } })));
    network.unselectAll();
    showFacts({ actor: null, facts: null }, "");
  }

  network.on("click", (event) => {
    const id = event.nodes[0];
    if (clusters.has(id)) { network.openCluster(id); clusters.delete(id); return; }
    if (id !== undefined) { selectActor(id); return; }
    const edge = event.edges.length ? edges.get(event.edges[0]) : null;
    if (edge) showFacts({ actor: null, facts: new Set(edge.facts) }, `${nodes.get(edge.from).label} – ${nodes.get(edge.to).label}`);
    else clearSelection();
  });

  // ---------------------------------------------------------------- the facts table, rendered from the data
  const PAGE = 100;  // rows (and timeline dates) added at a time
  const facts = data.facts;
  const text = data.text;
  const lang = document.documentElement.lang;
  const actorOf = new Map(data.actors.map((a, i) => [a, i]));
  const body = document.querySelector("#fact-table tbody");
  const table = { actor: null, facts: null, text: "", order: facts.map((_, i) => i), list: [], limit: PAGE, focus: -1 };
  let haystack = null;  // each fact's text, lower case, made at the first search

  const esc = (value) => String(value ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const kindName = (f) => kindLabel[f.kind] || f.kind;
  const modalityName = (f) => data.modalities[f.modality] || f.modality;

  function evidenceHtml([sentence, number]) {
    const said = data.sentences[sentence];
    const a = data.articles[number] || {};
    const name = a.url ? `<a href="${esc(a.url)}" rel="noopener noreferrer">${esc(a.short)}</a>` : esc(a.short);
    return `<blockquote>« ${esc(said)} »\n  <cite title="${esc(a.title || a.short)}">${name}${a.date ? `, ${esc(a.date)}` : ""}</cite></blockquote>`;
  }

  function rowHtml(i) {
    const f = facts[i];
    const more = (f.evidence || []).length - 1;
    const folded = more > 0 ? `<details data-fact="${i}"><summary>+${more} ${more === 1 ? text.more_sentence : text.more_sentences}</summary></details>` : "";
    return `<tr id="fact-${i}" data-fact="${i}" data-actors="${esc((f.ids || []).map((a) => data.actors[a]).join(" "))}"${i === table.focus ? ' class="focus"' : ""}>`
      + `<td><span class="swatch kind-${f.kind}"></span>${esc(kindName(f))}</td>`
      + `<td>${esc(f.actors)}${f.places ? `<div class="places">${esc(f.places)}</div>` : ""}</td>`
      + `<td>${esc(f.weapon)}</td><td class="amount" title="${esc(f.amount_text)}">${esc(f.amount)}</td>`
      + `<td class="date">${esc(f.date_label)}</td><td><span class="badge modality-${f.modality}">${esc(modalityName(f))}</span></td>`
      + `<td>${esc(f.attribution)}</td><td class="evidence">${f.evidence && f.evidence.length ? evidenceHtml(f.evidence[0]) : ""}${folded}</td></tr>`;
  }

  function searchText(f) {
    const evidence = (f.evidence || []).map(([sentence, n]) => {
      const a = data.articles[n] || {};
      return `${data.sentences[sentence]} ${a.short || ""} ${a.date || ""}`;
    });
    return [kindName(f), f.actors, f.places, f.weapon, f.amount, f.date_label, modalityName(f), f.attribution, ...evidence]
      .join(" ").toLowerCase();
  }

  function matches(i) {
    const f = facts[i];
    if (table.actor !== null && !(f.ids || []).includes(table.actor)) return false;
    if (table.facts && !table.facts.has(i)) return false;
    if (!table.text) return true;
    if (!haystack) haystack = facts.map(searchText);
    return haystack[i].includes(table.text);
  }

  function renderRows(reset) {
    if (!body) return;
    if (reset) {
      table.list = table.order.filter(matches);
      body.innerHTML = table.list.slice(0, table.limit).map(rowHtml).join("");
    } else {
      body.insertAdjacentHTML("beforeend", table.list.slice(body.rows.length, table.limit).map(rowHtml).join(""));
    }
    document.getElementById("shown-count").textContent = table.list.length;
    moreButton(document.getElementById("facts-more"), table.list.length - body.rows.length);
  }

  function moreButton(button, left) {
    button.hidden = left <= 0;
    button.textContent = `${text.show_more} (${left} ${text.left})`;
  }

  function showFacts(choice, caption) {
    table.actor = choice.actor === null ? null : (actorOf.has(choice.actor) ? actorOf.get(choice.actor) : -1);
    table.facts = choice.facts;
    table.limit = PAGE;
    document.getElementById("selection").hidden = !caption;
    document.getElementById("selected-actor").textContent = caption;
    renderRows(true);
  }

  function sortRows(header) {
    const key = header.dataset.sort;
    const numeric = header.hasAttribute("data-numeric");
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    document.querySelectorAll("#fact-table th[data-sort]").forEach((th) => th.removeAttribute("aria-sort"));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const field = { kind: kindName, modality: modalityName, amount: (f) => f.amount_sort ?? -1 }[key] || ((f) => f[key] || "");
    const values = facts.map(field);
    const collator = new Intl.Collator(lang);
    const order = (a, b) => (numeric ? values[a] - values[b] : collator.compare(values[a], values[b]));
    table.order.sort((a, b) => (ascending ? order(a, b) : order(b, a)));
    renderRows(true);
  }

  function focusFact(i) {
    if (!matches(i)) { document.getElementById("fact-filter").value = ""; table.text = ""; clearSelection(); }
    const place = table.list.indexOf(i);
    table.focus = i;
    if (place >= table.limit) table.limit = (Math.floor(place / PAGE) + 1) * PAGE;
    renderRows(true);
    document.getElementById(`fact-${i}`).scrollIntoView({ block: "center" });
  }

  // ---------------------------------------------------------------- the timeline, rendered from the data
  const timeline = { list: document.getElementById("timeline-list"), shown: 0 };

  function renderTimeline() {
    if (!timeline.list) return;
    const days = data.timeline.slice(timeline.shown, timeline.shown + PAGE);
    timeline.list.insertAdjacentHTML("beforeend", days.map((day) => `<li><time datetime="${esc(day.date)}">${esc(day.label)}</time><ul>`
      + day.facts.map((i) => `<li class="kind-${facts[i].kind} modality-${facts[i].modality}"><a href="#facts" data-fact="${i}">`
        + `${esc(kindName(facts[i]))} · ${esc(facts[i].actors)}</a> <span class="badge">${esc(modalityName(facts[i]))}</span></li>`).join("")
      + "</ul></li>").join(""));
    timeline.shown += days.length;
    moreButton(document.getElementById("timeline-more"), data.timeline.length - timeline.shown);
  }

  // ---------------------------------------------------------------- wiring
  renderRows(true);
  renderTimeline();
  document.getElementById("network-filters").addEventListener("change", applyFilters);
  document.getElementById("fit").addEventListener("click", () => network.fit());
  document.getElementById("show-all").addEventListener("click", clearSelection);
  document.getElementById("fact-filter").addEventListener("input", (event) => {
    table.text = event.target.value.trim().toLowerCase();
    table.limit = PAGE;
    renderRows(true);
  });
  document.querySelectorAll("#fact-table th[data-sort]").forEach((th) => th.addEventListener("click", () => sortRows(th)));
  if (body) {
    document.getElementById("facts-more").addEventListener("click", () => { table.limit += PAGE; renderRows(false); });
    // The other evidence sentences are written when their fold is first opened.
    body.addEventListener("toggle", (event) => {
      const fold = event.target;
      if (!fold.open || fold.dataset.done) return;
      fold.dataset.done = "1";
      fold.insertAdjacentHTML("beforeend", facts[Number(fold.dataset.fact)].evidence.slice(1).map(evidenceHtml).join(""));
    }, true);
  }
  if (timeline.list) {
    document.getElementById("timeline-more").addEventListener("click", renderTimeline);
    timeline.list.addEventListener("click", (event) => {
      const link = event.target.closest("a[data-fact]");
      if (!link) return;
      event.preventDefault();
      focusFact(Number(link.dataset.fact));
    });
  }
  document.querySelectorAll("a.actor-link").forEach((a) => a.addEventListener("click", () => selectActor(a.dataset.actor)));

  window.kgReport = { network, nodes, edges, selectActor, clearSelection, focusFact };
})();
