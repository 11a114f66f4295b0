/* The query workbench: YASGUI (vendored) on this server's /sparql, offline, with the project's
 * prefixes, the bundled queries as examples, downloads and result IRIs linked to local pages. */
(function () {
  "use strict";
  var DATA = "https://w3id.org/policykg/id/";
  var ONTOLOGY = "https://w3id.org/policykg/ontology#";
  var prefixes = JSON.parse(document.getElementById("prefix-data").textContent);
  var examples = JSON.parse(document.getElementById("example-data").textContent);
  var endpoint = window.location.origin + "/sparql";
  var prologue = Object.keys(prefixes).map(function (name) {
    return "PREFIX " + name + ": <" + prefixes[name] + ">";
  }).join("\n");
  var status = document.getElementById("download-status");

  // Offline: no LOV class/property look-ups, the bundled prefix list instead of prefix.cc,
  // no endpoint but this one.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = null;
  Yasgui.Yasqe.defaults.collapsePrefixesOnLoad = true;
  Yasgui.Yasqe.defaults.value = prologue + "\n\nSELECT ?place ?label (COUNT(DISTINCT ?measure) AS ?measures) WHERE {\n" +
    "  ?place pkg:supportedBy ?measure ; rdfs:label ?label .\n} GROUP BY ?place ?label ORDER BY DESC(?measures) LIMIT 50\n";
  Yasgui.Yasr.plugins.table.defaults.openIriInNewWindow = false;

  // YASR hands DataTables the lexical form to sort by, so 10 < 9; give numeric literals their value.
  var NUMERIC = /^http:\/\/www\.w3\.org\/2001\/XMLSchema#(integer|decimal|double|float|long|int|short|byte|(non)?(negative|positive)Integer|unsigned(Long|Int|Short|Byte))$/;
  var Table = Yasgui.Yasr.plugins.table;
  var tableColumns = Table.prototype.getColumns;
  // YASR's own CSV download gets the byte-order mark too, so Excel reads it as UTF-8.
  var tableDownload = Table.prototype.download;
  Table.prototype.download = function (filename) {
    var download = tableDownload.call(this, filename);
    var data = download.getData;
    download.getData = function () { return "\ufeff" + data(); };
    return download;
  };
  Table.prototype.getColumns = function () {
    return tableColumns.call(this).map(function (column, index) {
      var render = column.render;
      if (index === 0 || !render) { return column; }
      column.render = function (binding, type, row, meta) {
        if ((type === "sort" || type === "type") && binding && NUMERIC.test(binding.datatype || "")) {
          return Number(binding.value);
        }
        return render(binding, type, row, meta);
      };
      return column;
    });
  };
  Yasgui.Yasr.defaults.prefixes = prefixes;
  Yasgui.defaults.endpointCatalogueOptions.getData = function () { return [{ endpoint: endpoint }]; };

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: "policykg-workbench",
    yasr: { prefixes: prefixes }
  });

  /** Where a result IRI should lead in this browser: our own pages for our IRIs. */
  function localHref(iri) {
    if (iri.indexOf(DATA) === 0) { return "/id/" + iri.slice(DATA.length); }
    if (iri.indexOf(ONTOLOGY) === 0) { return "/ontology#" + iri.slice(ONTOLOGY.length); }
    return null;
  }
  function relink(root) {
    root.querySelectorAll("a.iri").forEach(function (a) {
      var local = localHref(a.getAttribute("href") || "");
      if (local) { a.setAttribute("title", a.getAttribute("href")); a.setAttribute("href", local); }
    });
  }
  var results = document.getElementById("yasgui");
  new MutationObserver(function () { relink(results); }).observe(results, { childList: true, subtree: true });

  // The bundled queries: each opens in its own tab, declaring the project prefixes it uses.
  var select = document.getElementById("examples");
  select.addEventListener("change", function () {
    var name = select.value;
    if (!examples[name]) { return; }
    var text = examples[name];
    yasgui.addTab(true, { name: name, yasqe: { value: text } }, { avoidDuplicateTabs: true });
    var yasqe = yasgui.getTab().getYasqe();
    if (yasqe.getValue() !== text) { yasqe.setValue(text); }
    var used = {};
    Object.keys(prefixes).forEach(function (prefix) {
      if (new RegExp("(^|[^\\w-])" + prefix + ":").test(text)) { used[prefix] = prefixes[prefix]; }
    });
    yasqe.addPrefixes(used);
    select.value = "";
  });

  // Downloads through the server's own serialisers; CSV gets a byte-order mark for Excel.
  var FORMATS = {
    csv: { accept: "text/csv", type: "text/csv;charset=utf-8", bom: true, ext: "csv" },
    tsv: { accept: "text/tab-separated-values", type: "text/tab-separated-values;charset=utf-8", ext: "tsv" },
    json: { accept: "application/sparql-results+json", type: "application/sparql-results+json", ext: "json" },
    ttl: { accept: "text/turtle", type: "text/turtle;charset=utf-8", ext: "ttl" },
    nt: { accept: "application/n-triples", type: "application/n-triples", ext: "nt" },
    jsonld: { accept: "application/ld+json", type: "application/ld+json", ext: "jsonld" }
  };
  function save(kind) {
    var format = FORMATS[kind];
    var yasqe = yasgui.getTab().getYasqe();
    var body = new URLSearchParams();
    body.set("query", yasqe.getValue());
    status.textContent = "";
    fetch(endpoint, { method: "POST", body: body, headers: { Accept: format.accept } })
      .then(function (response) {
        if (!response.ok) { return response.text().then(function (text) { throw new Error(text); }); }
        return response.blob();
      })
      .then(function (blob) {
        var parts = format.bom ? ["\ufeff", blob] : [blob];
        var url = URL.createObjectURL(new Blob(parts, { type: format.type }));
        var link = document.createElement("a");
        link.href = url;
        link.download = "policykg-results." + format.ext;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      })
      .catch(function (error) { status.textContent = error.message; });
  }
  document.querySelectorAll("button[data-download]").forEach(function (button) {
    button.addEventListener("click", function () { save(button.getAttribute("data-download")); });
  });
  window.policykg = { yasgui: yasgui, ready: true };
}());
