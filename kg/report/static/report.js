/* kg report: the actor network (vis-network), its filters, and the facts table it drives. */
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const colourOf = Object.fromEntries(data.kinds.map((k) => [k.id, k.colour]));
  const kindLabel = Object.fromEntries(data.kinds.map((k) => [k.id, k.label]));
  const palette = ["#9ecae1", "#fdd49e", "#c7e9c0", "#dadaeb", "#fcbba1", "#c6dbef", "#fee391", "#d9d9d9",
                   "#a1d99b", "#bcbddc", "#fdae6b", "#9e9ac8"];
  const shapeOf = { state: "dot", person: "diamond" };
  const rows = Array.from(document.querySelectorAll("#fact-table tbody tr"));
  const table = { actor: null, facts: null, text: "" };

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

  // ---------------------------------------------------------------- the facts table
  function showFacts(choice, caption) {
    table.actor = choice.actor;
    table.facts = choice.facts;
    document.getElementById("selection").hidden = !caption;
    document.getElementById("selected-actor").textContent = caption;
    filterRows();
  }

  function filterRows() {
    let shown = 0;
    for (const row of rows) {
      const visible = (!table.actor || row.dataset.actors.split(" ").includes(table.actor))
        && (!table.facts || table.facts.has(row.dataset.fact))
        && (!table.text || row.textContent.toLowerCase().includes(table.text));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    document.getElementById("shown-count").textContent = shown;
  }

  function sortRows(header) {
    const key = header.dataset.sort;
    const numeric = header.hasAttribute("data-numeric");
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    document.querySelectorAll("#fact-table th[data-sort]").forEach((th) => th.removeAttribute("aria-sort"));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const field = key === "actors" ? "actorsText" : key;
    const value = (row) => (numeric ? Number(row.dataset[field] || -1) : row.dataset[field] || "");
    const order = (a, b) => (numeric ? value(a) - value(b) : value(a).localeCompare(value(b), document.documentElement.lang));
    rows.sort((a, b) => (ascending ? order(a, b) : order(b, a)));
    const body = document.querySelector("#fact-table tbody");
    rows.forEach((row) => body.appendChild(row));
  }

  function focusFact(iri) {
    const row = rows.find((r) => r.dataset.fact === iri);
    if (!row) return;
    if (row.hidden) { document.getElementById("fact-filter").value = ""; table.text = ""; clearSelection(); }
    rows.forEach((r) => r.classList.toggle("focus", r === row));
    row.scrollIntoView({ block: "center" });
  }

  // ---------------------------------------------------------------- wiring
  document.getElementById("network-filters").addEventListener("change", applyFilters);
  document.getElementById("fit").addEventListener("click", () => network.fit());
  document.getElementById("show-all").addEventListener("click", clearSelection);
  document.getElementById("fact-filter").addEventListener("input", (event) => {
    table.text = event.target.value.trim().toLowerCase();
    filterRows();
  });
  document.querySelectorAll("#fact-table th[data-sort]").forEach((th) => th.addEventListener("click", () => sortRows(th)));
  document.querySelectorAll(".timeline a[data-fact]").forEach((a) => a.addEventListener("click", (event) => {
    event.preventDefault();
    focusFact(a.dataset.fact);
  }));
  document.querySelectorAll("a.actor-link").forEach((a) => a.addEventListener("click", () => selectActor(a.dataset.actor)));

  window.kgReport = { network, nodes, edges, selectActor, clearSelection };
})();
