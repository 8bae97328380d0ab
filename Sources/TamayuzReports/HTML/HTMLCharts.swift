import TamayuzCore

/// Inline SVG charts. Each carries a text alternative, and its numbers are printed beside it:
/// a chart never holds information that is not also in text.
enum HTMLCharts {
    /// A small horizontal bar for a score in [0, 1], decorative (the number is printed next to
    /// it). Mirrored by the style sheet in right-to-left pages.
    static func miniBar(_ page: inout HTMLBuilder, _ score: Double) {
        page.element("svg", ["class": "mini", "viewBox": "0 0 100 10", "preserveAspectRatio": "none", "aria-hidden": "true", "focusable": "false"]) { svg in
            svg.void("rect", ["class": "t", "width": "100", "height": "10"], selfClosing: true)
            svg.void("rect", ["class": "f", "width": NumberStyle.machine(min(1, max(0, score)) * 100, places: 1), "height": "10"], selfClosing: true)
        }
    }

    /// One area of the agency chart.
    struct AreaBar {
        var label: String
        var score: Double?
        var median: Double?
    }

    /// Horizontal bars of an agency's areas with the field's median marked on each, as an image
    /// whose `<title>` and `aria-label` say every number.
    static func areaChart(_ page: inout HTMLBuilder, bars: [AreaBar], id: String, description: String, rtl: Bool, context: HTMLContext) {
        let width = 640.0
        let labelWidth = 220.0
        let trackWidth = 340.0
        let rowHeight = 30.0
        let top = 30.0
        let height = top + rowHeight * Double(bars.count) + 6
        func x(_ position: Double, _ extent: Double = 0) -> String {
            // Left-to-right: as given; right-to-left: mirrored.
            NumberStyle.machine(rtl ? width - position - extent : position, places: 1)
        }
        func n(_ value: Double) -> String { NumberStyle.machine(value, places: 1) }

        page.element("svg", [
            "class": "chart", "viewBox": "0 0 \(Int(width)) \(Int(height))", "width": String(Int(width)), "height": String(Int(height)),
            "role": "img", "aria-labelledby": id, "aria-label": description, "direction": rtl ? "rtl" : "ltr",
        ]) { svg in
            svg.element("title", ["id": id], text: description)
            // Legend: a filled bar for the agency, a dark line for the field's median.
            svg.void("rect", ["class": "f", "x": x(labelWidth, 14), "y": "8", "width": "14", "height": "12"], selfClosing: true)
            svg.element("text", ["x": x(labelWidth + 20), "y": "18", "text-anchor": "start"], text: context.s(.chartAgency))
            svg.void("rect", ["class": "m", "x": x(labelWidth + 150, 3), "y": "5", "width": "3", "height": "18"], selfClosing: true)
            svg.element("text", ["x": x(labelWidth + 158), "y": "18", "text-anchor": "start"], text: context.s(.chartMedian))

            for (position, bar) in bars.enumerated() {
                let y = top + rowHeight * Double(position)
                svg.element("text", ["x": x(labelWidth - 8), "y": n(y + 19), "text-anchor": "end"], text: truncated(bar.label))
                svg.void("rect", ["class": "t", "x": x(labelWidth, trackWidth), "y": n(y + 6), "width": n(trackWidth), "height": "18"], selfClosing: true)
                if let score = bar.score {
                    let extent = trackWidth * min(1, max(0, score))
                    svg.void("rect", ["class": "f", "x": x(labelWidth, extent), "y": n(y + 6), "width": n(extent), "height": "18"], selfClosing: true)
                }
                if let median = bar.median {
                    let at = labelWidth + trackWidth * min(1, max(0, median))
                    svg.void("rect", ["class": "m", "x": x(at - 1.5, 3), "y": n(y + 2), "width": "3", "height": "26"], selfClosing: true)
                }
                let value = bar.score.map { context.numbers.fixed($0 * 100, places: 1) } ?? context.s(.notCounted)
                svg.element("text", ["x": x(labelWidth + trackWidth + 8), "y": n(y + 19), "text-anchor": "start"], text: value)
            }
        }
    }

    /// A label cut to fit the chart's label column (the full text is in the table below).
    static func truncated(_ label: String, limit: Int = 30) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }
}
