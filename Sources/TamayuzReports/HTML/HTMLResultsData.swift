import TamayuzCore

/// The results for programs: the very document `--format json` writes (``JSONRenderer``), in a
/// `<script type="application/json">` data block the browser never runs (the Content-Security-
/// Policy's script hash is not needed for it). Read it with
/// `JSON.parse(document.getElementById("results-data").textContent)`.
struct HTMLResultsData {
    let comparison: CycleComparison
    let options: ReportOptions

    func render(into page: inout HTMLBuilder) {
        page.element("script", ["type": "application/json", "id": "results-data"]) { block in
            block.jsonData(JSONRenderer().render(comparison, options: options))
        }
        page.trusted(TrustedMarkup("\n"))
    }
}
