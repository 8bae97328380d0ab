import TamayuzCore
import TamayuzReports
import Testing

@Suite struct JSONWriterTests {
    @Test(arguments: [
        (0.1 + 0.2, "0.3"),
        (70, "70"),
        (0.5, "0.5"),
        (1.0 / 3, "0.333333"),
        (2.0 / 3, "0.666667"),
        (-0.0, "0"),
        (-1e-7, "0"),
        (1e-7, "0"),
        (0.0000025, "0.000003"),
        (-0.0000025, "-0.000003"),
        (-3.5, "-3.5"),
        (123_456_789.123_456_7, "123456789.123457"),
        (21.250000000000004, "21.25"),
        (Double.nan, "null"),
        (Double.infinity, "null"),
        (-Double.infinity, "null"),
    ] as [(Double, String)])
    func numbers(value: Double, expected: String) {
        #expect(JSONWriter.number(value) == expected)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("tab\tnew\nret\r", #""tab\tnew\nret\r""#),
        ("\u{08}\u{0C}", #""\b\f""#),
        ("\u{00}\u{01}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("وزارة الداخلية", "\"وزارة الداخلية\""),
        ("/", #""/""#),
    ])
    func strings(text: String, expected: String) {
        #expect(JSONWriter.quoted(text) == expected)
    }

    @Test func layoutKeepsKeyOrderAndPutsInlineContainersOnOneLine() {
        var json = JSONWriter()
        json.object { json in
            json.field("z", "last-key-first")
            json.field("a", 1)
            json.field("empty", array: false) { _ in }
            json.field("emptyObject") { _ in }
            json.field("inline", inline: true) { json in
                json.field("n", .orNull(nil as Double?))
                json.field("list", array: false) { json in
                    json.element(true)
                    json.element(0.25)
                }
            }
            json.field("rows", array: false) { json in
                json.element(inline: true) { json in json.field("id", "x") }
                json.element(array: true) { json in json.element("a"); json.element("b") }
            }
            json.field("seed", .unsigned(UInt64.max))
        }
        #expect(json.output == """
            {
              "z": "last-key-first",
              "a": 1,
              "empty": [],
              "emptyObject": {},
              "inline": {"n": null, "list": [true, 0.25]},
              "rows": [
                {"id": "x"},
                ["a", "b"]
              ],
              "seed": 18446744073709551615
            }

            """)
    }

    @Test func valueTreesRenderWithTheSameRules() {
        let value = JSONValue.object([
            ("schema", .string("tamayuz-validation/1")),
            ("errors", .number(2)),
            ("files", .array([
                .object([("file", .string("a.xml")), ("valid", .bool(false)), ("line", .number(0.1 + 0.2))]),
                .object([("file", .string("b\u{2028}.xml")), ("kind", .null), ("diagnostics", .array([]))]),
            ])),
        ])
        #expect(value.rendered() == """
            {
              "schema": "tamayuz-validation/1",
              "errors": 2,
              "files": [
                {"file": "a.xml", "valid": false, "line": 0.3},
                {"file": "b\\u2028.xml", "kind": null, "diagnostics": []}
              ]
            }
            """)
        #expect(JSONValue.string("x").rendered() == "\"x\"")
        #expect(JSONValue.array([.number(1), .number(-0.0)]).rendered() == "[1, 0]")
    }

    /// A finding about a file as a whole has no line or column: null, not 0.
    @Test func theValidationDocumentPlacesNoFindingAboutAWholeFile() {
        let missing = FileValidation(file: "gone.xml", kind: nil, diagnostics: [.error(at: .wholeFile("gone.xml"), "no such file or folder")])
        let placed = FileValidation(file: "a.xml", kind: .assessment, diagnostics: [.warning(at: SourceLocation(file: "a.xml", line: 3, column: 7), "w")])
        let json = ValidationReport.json([missing, placed])
        #expect(json.contains(#"{"file": "gone.xml", "line": null, "column": null, "severity": "error", "message": "no such file or folder"}"#))
        #expect(json.contains(#"{"file": "a.xml", "line": 3, "column": 7, "severity": "warning", "message": "w"}"#))
    }
}
