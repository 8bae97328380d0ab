extension HTMLBuilder {
    /// A region that scrolls sideways when its content is wider than the screen, so that the
    /// page itself never does: labelled (by a table's caption, say) and reachable by keyboard,
    /// as a scrollable region must be. Printed in full.
    mutating func scrollRegion(labelledBy label: String, _ content: (inout HTMLBuilder) -> Void) {
        element("div", ["class": "scroll", "role": "region", "aria-labelledby": label, "tabindex": "0"], content)
    }

    /// A table that may be wider than a phone's screen, in its own ``scrollRegion(labelledBy:_:)``
    /// labelled by the caption whose id is `caption`.
    mutating func wideTable(_ attributes: HTMLAttributes, caption: String, _ content: (inout HTMLBuilder) -> Void) {
        scrollRegion(labelledBy: caption) { $0.element("table", attributes, content) }
    }
}
