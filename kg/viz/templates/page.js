/* policykg pages: build the vis-network from the JSON block, filters, search, side panel, legend,
   map outlines and grid, PNG export. Every extracted string reaches the DOM as text, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var state = window.policykg = { ready: false, drawn: false };

  /* Tooltips become text nodes: nothing extracted from a document is parsed as HTML. */
  function textTooltip(text) {
    var element = document.createElement("div");
    element.className = "kg-tooltip";
    element.textContent = text;
    return element;
  }
  [data.nodes, data.edges].forEach(function (items) {
    items.forEach(function (item) {
      if (typeof item.title === "string") { item.title = textTooltip(item.title); }
    });
  });

  var classSelect = document.getElementById("class-filter");
  var provinceSelect = document.getElementById("province-filter");
  var status = document.getElementById("status");
  function fill(select, pairs) {
    if (!pairs.length) { select.parentNode.hidden = true; return; }
    pairs.forEach(function (pair) { select.appendChild(new Option(pair[1], pair[0])); });
  }
  fill(classSelect, data.classes);
  fill(provinceSelect, data.provinces);

  var legend = document.getElementById("legend");
  data.legend.forEach(function (entry) {
    var item = document.createElement("li");
    var swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = entry.color;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(entry.text));
    legend.appendChild(item);
  });

  var detailToggle = document.getElementById("detail-toggle");
  if (data.detail_kinds.length) { document.getElementById("detail-label").hidden = false; }
  function detailShown() { return detailToggle.checked; }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, {
    filter: function (node) {
      return (detailShown() || data.detail_kinds.indexOf(node.kind) < 0) &&
        (!classSelect.value || node.kind === classSelect.value) &&
        (!provinceSelect.value || (node.provinces || []).indexOf(provinceSelect.value) >= 0);
    }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (edge) {
      if (edge.summary && detailShown()) { return false; }
      return nodeView.get(edge.from) !== null && nodeView.get(edge.to) !== null;
    }
  });
  function showCounts() {
    status.textContent = nodeView.length + " 节点 nodes · " + edgeView.length + " 边 edges";
  }
  function refilter() { nodeView.refresh(); edgeView.refresh(); showCounts(); }
  classSelect.addEventListener("change", refilter);
  provinceSelect.addEventListener("change", refilter);
  detailToggle.addEventListener("change", refilter);

  var network = new vis.Network(document.getElementById("network"), { nodes: nodeView, edges: edgeView }, data.options);
  state.network = network;
  network.once("afterDrawing", function () { state.drawn = true; });

  /* The side panel: what a node is, where it comes from, and its resource page when served. */
  var panel = document.getElementById("panel");
  function setText(id, text) { document.getElementById(id).textContent = text; }
  function showPanel(id) {
    var node = nodes.get(id);
    if (!node) { return; }
    var info = node.panel || {};
    setText("panel-title", info.label || node.label || id);
    var fields = document.getElementById("panel-fields");
    var sentences = document.getElementById("panel-sentences");
    fields.textContent = "";
    sentences.textContent = "";
    (info.fields || []).forEach(function (pair) {
      var term = document.createElement("dt"), value = document.createElement("dd");
      term.textContent = pair[0];
      value.textContent = pair[1];
      fields.appendChild(term);
      fields.appendChild(value);
    });
    (info.sentences || []).forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      sentences.appendChild(item);
    });
    var link = document.getElementById("panel-link");
    var served = /^https?:$/.test(window.location.protocol);
    if (served && id.indexOf(data.id_base) === 0) {
      link.href = "/id/" + id.slice(data.id_base.length);
      link.textContent = "资源页 / resource page";
      setText("panel-iri", "");
    } else {
      link.removeAttribute("href");
      link.textContent = "";
      setText("panel-iri", id);
    }
    panel.hidden = false;
    state.panel = id;
  }
  function hidePanel() { panel.hidden = true; state.panel = null; }
  document.getElementById("panel-close").addEventListener("click", hidePanel);
  network.on("click", function (params) {
    if (params.nodes.length) { showPanel(params.nodes[0]); } else { hidePanel(); }
  });

  /* Search: exact label first, then a label that starts with, then one that contains the words. */
  var search = document.getElementById("search");
  function find(query) {
    var all = nodes.get(), tests = [
      function (text) { return text === query; },
      function (text) { return text.indexOf(query) === 0; },
      function (text) { return text.indexOf(query) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < all.length; i++) {
        var names = [all[i].label || ""].concat((all[i].panel || {}).names || []);
        if (names.some(function (name) { return tests[t](name.toLowerCase()); })) { return all[i]; }
      }
    }
    return null;
  }
  function runSearch() {
    var query = search.value.trim().toLowerCase();
    if (!query) { return; }
    var node = find(query);
    if (!node) { status.textContent = "无匹配 / no match: " + search.value.trim(); return; }
    if (nodeView.get(node.id) === null) {
      classSelect.value = "";
      provinceSelect.value = "";
      if (data.detail_kinds.indexOf(node.kind) >= 0) { detailToggle.checked = true; }
      refilter();
    }
    network.selectNodes([node.id]);
    network.focus(node.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showPanel(node.id);
    state.found = node.id;
  }
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { runSearch(); } });
  search.addEventListener("change", runSearch);

  /* Export the drawn view as a PNG (white background), downloaded from a data: URL. */
  document.getElementById("export-png").addEventListener("click", function () {
    var canvas = document.querySelector("#network canvas");
    var copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    var ctx = copy.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    var link = document.createElement("a");
    link.href = copy.toDataURL("image/png");
    link.download = (document.title.split("·").pop().trim() || "policykg") + ".png";
    state.exported = link.href.length;
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  if (data.boundaries.length) {
    network.on("beforeDrawing", function (ctx) {
      ctx.save();
      data.boundaries.forEach(function (shape) {
        var province = shape.level === "province";
        ctx.strokeStyle = province ? "rgba(55, 71, 79, 0.75)" : "rgba(120, 144, 156, 0.35)";
        ctx.fillStyle = "rgba(236, 239, 241, 0.35)";
        ctx.lineWidth = province ? 1.3 : 0.6;
        shape.rings.forEach(function (ring) {
          ctx.beginPath();
          for (var i = 0; i < ring.length; i += 2) {
            if (i === 0) { ctx.moveTo(ring[0], ring[1]); } else { ctx.lineTo(ring[i], ring[i + 1]); }
          }
          ctx.closePath();
          if (province) { ctx.fill(); }
          ctx.stroke();
        });
      });
      ctx.restore();
    });
  }

  if (data.grid) {
    var grid = data.grid;
    network.on("beforeDrawing", function (ctx) {
      ctx.save();
      ctx.strokeStyle = "rgba(120, 144, 156, 0.25)";
      ctx.fillStyle = "rgba(96, 125, 139, 0.7)";
      ctx.lineWidth = 1;
      ctx.font = "12px sans-serif";
      var x0 = (grid.lon_min - grid.lon0) * grid.kx, x1 = (grid.lon_max - grid.lon0) * grid.kx;
      var y0 = -(grid.lat_max - grid.lat0) * grid.ky, y1 = -(grid.lat_min - grid.lat0) * grid.ky;
      for (var lon = grid.lon_min; lon <= grid.lon_max; lon += grid.step) {
        var x = (lon - grid.lon0) * grid.kx;
        ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.stroke();
        ctx.fillText(lon + "°E", x + 2, y1 + 14);
      }
      for (var lat = grid.lat_min; lat <= grid.lat_max; lat += grid.step) {
        var y = -(lat - grid.lat0) * grid.ky;
        ctx.beginPath(); ctx.moveTo(x0, y); ctx.lineTo(x1, y); ctx.stroke();
        ctx.fillText(lat + "°N", x0 + 2, y - 4);
      }
      ctx.restore();
    });
  }

  function settled() {
    network.setOptions({ physics: false });
    state.ready = true;
    showCounts();
  }
  if (data.options.physics && data.options.physics.enabled) {
    status.textContent = "布局中 laying out…";
    network.once("stabilizationIterationsDone", settled);
  } else {
    settled();
  }
})();
