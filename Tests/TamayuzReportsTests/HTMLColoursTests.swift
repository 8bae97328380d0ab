import Testing
@testable import TamayuzReports

/// The WCAG contrast computation, and every colour pair the report prints text in.
@Suite struct HTMLColoursTests {
    @Test func contrastRatio() {
        #expect(abs(RGB.contrast(.black, .white) - 21) < 1e-9)
        #expect(abs(RGB.contrast(.white, .white) - 1) < 1e-9)
        #expect(RGB.contrast(.white, .black) == RGB.contrast(.black, .white))
        // #777777 on white is the well-known near miss (4.48:1); #767676 just passes (4.54:1).
        #expect(abs(RGB.contrast(RGB(0x777777), .white) - 4.48) < 0.01)
        #expect(abs(RGB.contrast(RGB(0x767676), .white) - 4.54) < 0.01)
        #expect(abs(RGB(0xFF0000).luminance - 0.2126) < 1e-9)
        #expect(RGB(0x0B57A4).hex == "#0b57a4")
    }

    @Test func everyTextPairMeetsAA() {
        for pair in HTMLColours.textPairs {
            #expect(RGB.contrast(pair.text, pair.background) >= 4.5, "\(pair.name): \(pair.text.hex) on \(pair.background.hex)")
        }
    }

    @Test func chartColoursStandOutFromThePaper() {
        // Non-text contrast (WCAG 1.4.11): graphics at least 3:1.
        #expect(RGB.contrast(HTMLColours.bar, HTMLColours.paper) >= 3)
        #expect(RGB.contrast(HTMLColours.median, HTMLColours.paper) >= 3)
        // The median marker is drawn over the bar (with a white outline as well).
        #expect(RGB.contrast(HTMLColours.median, HTMLColours.bar) >= 3)
    }

    @Test(arguments: [(0.0, 0), (0.199, 0), (0.2, 1), (0.5, 2), (0.7999, 3), (0.8, 4), (1.0, 4)])
    func heatSteps(_ score: Double, _ step: Int) {
        #expect(HTMLColours.heatStep(score) == step)
    }
}
