import TamayuzCore

/// The results for programs: the very document `--format json` writes (``JSONRenderer``) for the
/// same run, in a `<script type="application/json">` data block the browser never runs (the Content-Security-
/// Policy's script hash is not needed for it). Read it with
/// `JSON.parse(document.getElementById("results-data").textContent)`. The improvement plans the
/// HTML report shows are left out of it, as `--format json` leaves them out.
struct HTMLResultsData {
    let comparison: CycleComparison
    let options: ReportOptions

    func render(into page: inout HTMLBuilder) {
        page.element("script", ["type": "application/json", "id": "results-data"]) { block in
            var results = comparison
            for position in results.standings.indices { results.standings[position].plan = nil }
            block.jsonData(JSONRenderer().render(results, options: options))
        }
        page.trusted(TrustedMarkup("\n"))
    }
}
