import Foundation

/// Inline SVG charts: horizontal bars with interval whiskers, paired bars, histograms. Labels
/// come from trace and golden content, so every one is escaped.
public enum SVGChart {
    /// One bar: a label, a value, an optional interval, and a colour class.
    public struct Bar: Sendable {
        /// The label left of the bar.
        public var label: String
        /// The bar's length.
        public var value: Double
        /// A whisker from lower to upper bound.
        public var interval: ClosedRange<Double>?
        /// The colour class: `a` (baseline) or `b` (candidate).
        public var style: String

        /// Creates a bar.
        public init(label: String, value: Double, interval: ClosedRange<Double>? = nil, style: String = "a") {
            self.label = label
            self.value = value
            self.interval = interval
            self.style = style
        }
    }

    /// Horizontal bars on a 0…`maximum` scale, with whiskers for intervals and the value at the end.
    public static func bars(_ bars: [Bar], title: String, maximum: Double? = nil, format: String = "%.2f", unit: String = "") -> String {
        let top = max(maximum ?? (bars.map { max($0.value, $0.interval?.upperBound ?? 0) }.max() ?? 1), 1e-9)
        let rowHeight = 24
        let labelWidth = 150
        let plotWidth = 300
        let height = bars.count * rowHeight + 28
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(labelWidth + plotWidth + 70) \(height)\" "
            + "aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
        for (index, bar) in bars.enumerated() {
            let y = 6 + index * rowHeight
            let width = max(0, min(1, bar.value / top)) * Double(plotWidth)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\" class=\"label\">\(HTMLText.escape(short(bar.label)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(f(width))\" height=\"14\" class=\"bar \(bar.style)\"/>"
            var valueX = Double(labelWidth) + width + 6
            if let interval = bar.interval {
                let lo = Double(labelWidth) + max(0, min(1, interval.lowerBound / top)) * Double(plotWidth)
                let hi = Double(labelWidth) + max(0, min(1, interval.upperBound / top)) * Double(plotWidth)
                svg += "<path class=\"whisker\" d=\"M\(f(lo)) \(y + 10)H\(f(hi))M\(f(lo)) \(y + 5)V\(y + 15)M\(f(hi)) \(y + 5)V\(y + 15)\"/>"
                valueX = max(valueX, hi + 6)
            }
            svg += "<text x=\"\(f(valueX))\" y=\"\(y + 14)\" class=\"value\">\(String(format: format, bar.value))\(HTMLText.escape(unit))</text>"
        }
        svg += "<path class=\"axis\" d=\"M\(labelWidth) 4V\(height - 20)\"/>"
        svg += "<text x=\"\(labelWidth)\" y=\"\(height - 6)\" class=\"tick\">0</text>"
        svg += "<text x=\"\(labelWidth + plotWidth)\" y=\"\(height - 6)\" text-anchor=\"end\" class=\"tick\">\(String(format: format, top))</text>"
        return svg + "</svg>"
    }

    /// A histogram of `values` in `bins` equal-width bins.
    public static func histogram(_ values: [Double], title: String, unit: String, bins: Int = 12) -> String {
        guard let low = values.min(), let high = values.max(), !values.isEmpty else {
            return "<p class=\"muted\">\(HTMLText.escape(title)): no data</p>"
        }
        let span = max(high - low, 1e-9)
        var counts = [Int](repeating: 0, count: bins)
        for value in values { counts[min(bins - 1, Int((value - low) / span * Double(bins)))] += 1 }
        let most = max(counts.max() ?? 1, 1)
        let width = 500
        let height = 140
        let barWidth = Double(width - 40) / Double(bins)
        var svg = "<svg class=\"chart histogram\" role=\"img\" viewBox=\"0 0 \(width) \(height + 30)\" aria-label=\"\(HTMLText.escape(title))\">"
            + "<title>\(HTMLText.escape(title))</title>"
        for (index, count) in counts.enumerated() {
            let barHeight = Double(count) / Double(most) * Double(height - 20)
            let x = 20 + Double(index) * barWidth
            svg += "<rect x=\"\(f(x + 1))\" y=\"\(f(Double(height) - barHeight))\" width=\"\(f(barWidth - 2))\" height=\"\(f(barHeight))\" class=\"bar a\">"
                + "<title>\(count) traces</title></rect>"
        }
        svg += "<path class=\"axis\" d=\"M20 \(height)H\(width - 20)\"/>"
        svg += "<text x=\"20\" y=\"\(height + 16)\" class=\"tick\">\(String(format: "%.0f", low)) \(HTMLText.escape(unit))</text>"
        svg += "<text x=\"\(width - 20)\" y=\"\(height + 16)\" text-anchor=\"end\" class=\"tick\">\(String(format: "%.0f", high)) \(HTMLText.escape(unit))</text>"
        return svg + "</svg>"
    }

    private static func short(_ label: String) -> String {
        label.count > 20 ? String(label.prefix(19)) + "…" : label
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
