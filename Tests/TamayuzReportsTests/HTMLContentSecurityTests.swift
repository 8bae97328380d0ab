import Foundation
import Testing
@testable import TamayuzReports

/// SHA-256 against the FIPS 180-4 examples, and the policy naming the report's own script.
@Suite struct HTMLContentSecurityTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func sha256(_ message: String, _ hex: String) {
        let digest = SHA256.digest(Array(message.utf8))
        #expect(digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined() == hex)
    }

    @Test func sha256OfAMillionAs() {
        let digest = SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 64, 100])
    func base64MatchesFoundation(_ length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(HTMLContentSecurity.base64(bytes) == Data(bytes).base64EncodedString())
    }

    @Test func policyNamesTheScriptInTheReport() throws {
        let html = HTMLFixtures.render(try HTMLFixtures.comparison())
        let script = String(HTMLFixtures.slice(html, from: "<script>", to: "</script>").dropFirst("<script>".count).dropLast("</script>".count))
        #expect(script == HTMLScript.source.text)
        let hash = "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        #expect(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; script-src &#39;\(hash)&#39;\">"))
        // No request leaves the file: no external URL anywhere.
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("src=\"") && !html.contains("<link"))
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
