/* policykg pages: build the vis-network from the JSON block, filters, legend, map grid. */
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

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, {
    filter: function (node) {
      return (!classSelect.value || node.kind === classSelect.value) &&
        (!provinceSelect.value || (node.provinces || []).indexOf(provinceSelect.value) >= 0);
    }
  });
  var edgeView = new vis.DataView(edges, {
    filter: function (edge) { return nodeView.get(edge.from) !== null && nodeView.get(edge.to) !== null; }
  });
  function showCounts() {
    status.textContent = nodeView.length + " 节点 nodes · " + edgeView.length + " 边 edges";
  }
  function refilter() { nodeView.refresh(); edgeView.refresh(); showCounts(); }
  classSelect.addEventListener("change", refilter);
  provinceSelect.addEventListener("change", refilter);

  var network = new vis.Network(document.getElementById("network"), { nodes: nodeView, edges: edgeView }, data.options);
  state.network = network;
  network.once("afterDrawing", function () { state.drawn = true; });

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
