/* policykg timeline: click a year, search documents, open a document in the side panel, export SVG. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var state = window.policykg = { ready: false, drawn: false, panel: null };
  var rows = Array.prototype.slice.call(document.querySelectorAll("#documents tbody tr"));
  var status = document.getElementById("status");
  var search = document.getElementById("search");
  var year = null;

  function refilter() {
    var query = search.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var visible = (year === null || row.dataset.year === String(year)) &&
        (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    status.textContent = shown + " 文件 documents" + (year === null ? "" : " · " + year);
  }

  var panel = document.getElementById("panel");
  function setText(id, text) { document.getElementById(id).textContent = text; }
  function showDocument(row) {
    var doc = data.documents.filter(function (d) { return d.iri === row.dataset.iri; })[0];
    rows.forEach(function (other) { other.classList.toggle("selected", other === row); });
    setText("panel-title", doc.label);
    var fields = document.getElementById("panel-fields");
    fields.textContent = "";
    [["文号 number", doc.number], ["日期 issued", doc.issued], ["措施 measures", String(doc.measures)]].forEach(function (pair) {
      if (!pair[1]) { return; }
      var term = document.createElement("dt"), value = document.createElement("dd");
      term.textContent = pair[0];
      value.textContent = pair[1];
      fields.appendChild(term);
      fields.appendChild(value);
    });
    var link = document.getElementById("panel-link");
    if (/^https?:$/.test(window.location.protocol) && doc.iri.indexOf(data.id_base) === 0) {
      link.href = "/id/" + doc.iri.slice(data.id_base.length);
      link.textContent = "资源页 / resource page";
      setText("panel-iri", "");
    } else {
      link.removeAttribute("href");
      link.textContent = "";
      setText("panel-iri", doc.iri);
    }
    panel.hidden = false;
    state.panel = doc.iri;
  }
  rows.forEach(function (row) { row.addEventListener("click", function () { showDocument(row); }); });
  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; state.panel = null; });
  Array.prototype.forEach.call(document.querySelectorAll("#chart .bar"), function (bar) {
    bar.addEventListener("click", function () { year = Number(bar.dataset.year); refilter(); });
  });
  document.getElementById("show-all").addEventListener("click", function () { year = null; refilter(); });
  search.addEventListener("input", refilter);

  document.getElementById("export-svg").addEventListener("click", function () {
    var text = new XMLSerializer().serializeToString(document.getElementById("chart"));
    var link = document.createElement("a");
    link.href = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
    link.download = "policykg-timeline.svg";
    state.exported = text.length;
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  refilter();
  state.ready = state.drawn = true;
})();
