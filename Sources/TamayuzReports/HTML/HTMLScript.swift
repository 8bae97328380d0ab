/// The report's only script, allowed by its hash in the Content-Security-Policy. The report is
/// complete without it; with it:
///
/// - every header of a `table.sortable` becomes a button that sorts the rows by that column
///   (by each cell's `data-sort`, numerically when both keys are numbers), toggling ascending and
///   descending and setting `aria-sort`; the buttons are added by the script, so a reader without
///   script never meets a control that does nothing;
/// - the hints and controls that only make sense with it (how to sort, "open every agency page")
///   are shown; that button opens or closes every folded agency page at once;
/// - following a link into a folded agency page (from the leaderboard, the summary or the
///   contents) opens that page;
/// - before printing, every closed `<details>` opens (and closes again afterwards), so what is
///   printed is the whole tree even where the reader folded parts of it.
enum HTMLScript {
    static let source = TrustedMarkup(
        """
        (function () {
          "use strict";
          var doc = document;
          var each = function (list, action) { Array.prototype.forEach.call(list, action); };
          var numeric = /^-?[0-9]+(\\.[0-9]+)?$/;
          var key = function (row, column) {
            var cell = row.cells[column];
            if (!cell) { return ""; }
            var value = cell.getAttribute("data-sort");
            return value === null ? cell.textContent.trim() : value;
          };
          var compare = function (a, b) {
            if (numeric.test(a) && numeric.test(b)) { return parseFloat(a) - parseFloat(b); }
            return a.localeCompare(b, doc.documentElement.lang);
          };
          each(doc.querySelectorAll("table.sortable"), function (table) {
            if (!table.tHead || !table.tBodies.length) { return; }
            var headers = table.tHead.rows[0].cells;
            each(headers, function (header, column) {
              var button = doc.createElement("button");
              button.type = "button";
              while (header.firstChild) { button.appendChild(header.firstChild); }
              header.appendChild(button);
              button.addEventListener("click", function () {
                var ascending = header.getAttribute("aria-sort") !== "ascending";
                each(headers, function (other) { other.removeAttribute("aria-sort"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (r, s) {
                  var order = compare(key(r, column), key(s, column));
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
          each(doc.querySelectorAll("[data-shown-by-script]"), function (element) { element.hidden = false; });
          var agencyPages = doc.querySelectorAll("details.agency-body");
          var expand = doc.getElementById("expand-all");
          if (expand) {
            expand.addEventListener("click", function () {
              var open = expand.textContent === expand.getAttribute("data-open");
              each(agencyPages, function (details) { details.open = open; });
              expand.textContent = expand.getAttribute(open ? "data-close" : "data-open");
            });
          }
          var reveal = function () {
            var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
            var section = target && target.closest && target.closest("section.agency");
            var details = section && section.querySelector("details.agency-body");
            if (details && !details.open) {
              details.open = true;
              target.scrollIntoView();
            }
          };
          window.addEventListener("hashchange", reveal);
          reveal();
          var opened = [];
          window.addEventListener("beforeprint", function () {
            each(doc.querySelectorAll("details:not([open])"), function (details) {
              details.open = true;
              opened.push(details);
            });
          });
          window.addEventListener("afterprint", function () {
            opened.forEach(function (details) { details.open = false; });
            opened = [];
          });
        })();

        """)
}
