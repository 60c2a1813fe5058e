import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

/// Reference documents that are broken or hostile (issue 11, items 1, 2, 15 and 17): the export
/// neither traps nor writes an invalid file; it takes what validates and says what it left out.
/// Every file made here passes validate-office (`export` checks it).
final class HostileReferenceTests: XCTestCase {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// A reference .docx written from strings: its document's last section, styles, and the
  /// other parts given.
  static func reference(
    section: String = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", styles: String? = nil, parts: [(String, String)] = []
  ) throws -> Data {
    var zip = ZipPackager(date: fixedDate)
    zip.add(
      "word/document.xml",
      Data("<w:document xmlns:w=\"\(w)\"><w:body><w:p/><w:sectPr>\(section)</w:sectPr></w:body></w:document>".utf8))
    zip.add("word/styles.xml", Data((styles ?? "<w:styles xmlns:w=\"\(w)\"/>").utf8))
    for (path, text) in parts { zip.add(path, Data(text.utf8)) }
    return try zip.archive()
  }

  /// Exports with `reference`; returns the file (validated) and the warnings.
  func render(
    _ reference: Data,
    markdown: String =
      "# Topic\n\n**Key points**:\n\n1. one\n2. `two`\n\n[link](https://example.com)\n\n# Other\n\nx\n",
    file: StaticString = #filePath, line: UInt = #line
  ) throws -> (docx: Docx, warnings: [String]) {
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "ref.docx", bytes: reference), creationDate: fixedDate)
    let result = try DocxExporter().export(try prepDocument(markdown), options: options)
    let docx = try Docx(result.data)
    try assertValid(docx, file: file, line: line)
    for warning in result.warnings { XCTAssertTrue(warning.hasPrefix("ref.docx: "), warning, file: file, line: line) }
    return (docx, result.warnings.map { String($0.dropFirst("ref.docx: ".count)) })
  }

  private func margins(_ docx: Docx) throws -> [String: String] {
    let node = try XCTUnwrap(
      try docx.xml("word/document.xml").select("//w:body/w:sectPr/w:pgMar", namespaces: ns).first)
    return Dictionary(uniqueKeysWithValues: node.attributes.map { ($0.localName, $0.value) })
  }

  // MARK: Numbers that trapped (items 1 and 6 of the probe)

  func testPageValuesThatAreNotMeasuresNeitherTrapNorGetIn() throws {
    for value in ["nan", "inf", "-inf", "1e308", "99999999999999999999", "-9223372036854775808", "9223372036854775807"]
    {
      let size = try render(try Self.reference(section: "<w:pgSz w:w=\"\(value)\" w:h=\"16838\"/>"))
      XCTAssertEqual(
        try size.docx.xml("word/document.xml").select("//w:pgSz", namespaces: ns).first?.attribute(
          "w", namespace: Self.w), "12240", "the default page (Letter, for an English document) for \(value)")
      XCTAssertTrue(size.warnings.contains { $0.contains("w:w=\"\(value)\"") }, "\(size.warnings)")

      let margin = try render(
        try Self.reference(
          section:
            "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"\(value)\" w:right=\"\(value)\" w:bottom=\"1000\" w:left=\"900\" w:header=\"\(value)\" w:footer=\"700\" w:gutter=\"\(value)\"/>"
        ))
      XCTAssertEqual(
        try margins(margin.docx),
        [
          "top": "1247", "right": "1247", "bottom": "1000", "left": "900", "header": "680", "footer": "700",
          "gutter": "0",
        ], value)
      XCTAssertEqual(margin.warnings.filter { $0.contains("=\"\(value)\"") }.count, 4, "\(margin.warnings)")
    }
  }

  func testNegativeSideMarginsAreLeftOutAndUnitsAreRead() throws {
    let r = try render(
      try Self.reference(
        section:
          "<w:pgSz w:w=\"21cm\" w:h=\"29.7cm\"/><w:pgMar w:top=\"-720\" w:right=\"-5\" w:bottom=\"1in\" w:left=\"-1cm\" w:header=\"36pt\" w:footer=\"-1\" w:gutter=\"0\"/>"
      ))
    XCTAssertEqual(
      try margins(r.docx),
      [
        "top": "720", "right": "1247", "bottom": "1440", "left": "1247", "header": "720", "footer": "680",
        "gutter": "0",
      ])
    let size = try XCTUnwrap(try r.docx.xml("word/document.xml").select("//w:pgSz", namespaces: ns).first)
    XCTAssertEqual(size.attribute("w", namespace: Self.w), "11906")
    XCTAssertEqual(size.attribute("h", namespace: Self.w), "16838")
    XCTAssertEqual(
      r.warnings.sorted(),
      [
        "left out word/document.xml w:pgMar w:footer=\"-1\": not a margin Word allows (0 to 22 inches); 680 twips used",
        "left out word/document.xml w:pgMar w:left=\"-1cm\": not a margin Word allows (0 to 22 inches); 1247 twips used",
        "left out word/document.xml w:pgMar w:right=\"-5\": not a margin Word allows (0 to 22 inches); 1247 twips used",
      ])
  }

  func testMarginsThatLeaveNoPageAreReplaced() throws {
    let r = try render(
      try Self.reference(
        section:
          "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"100\" w:right=\"6000\" w:bottom=\"100\" w:left=\"6000\"/>"
      ))
    XCTAssertEqual(try margins(r.docx)["left"], "1247")
    XCTAssertEqual(
      r.warnings,
      ["left out word/document.xml w:pgMar: margins leave less than an inch of text; the default margins are used"])
  }

  func testNumberingIDsWordCannotHoldAreLeftOut() throws {
    let numbering = """
      <w:numbering xmlns:w="\(Self.w)">\
      <w:abstractNum w:abstractNumId="9223372036854775807"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
      <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>\
      <w:num w:numId="9223372036854775807"><w:abstractNumId w:val="4"/></w:num>\
      <w:num w:numId="3"><w:abstractNumId w:val="9223372036854775807"/></w:num>\
      <w:num w:numId="5"><w:abstractNumId w:val="4"/></w:num></w:numbering>
      """
    let r = try render(try Self.reference(parts: [("word/numbering.xml", numbering)]))
    let part = try r.docx.xml("word/numbering.xml")
    XCTAssertEqual(
      part.select("//w:abstractNum/@w:abstractNumId", namespaces: ns).map(\.text), ["4", "5", "6"],
      "theirs kept, ours above")
    XCTAssertEqual(part.select("//w:num/@w:numId", namespaces: ns).map(\.text).first, "5")
    let used = try r.docx.xml("word/document.xml").select("//w:numPr/w:numId/@w:val", namespaces: ns).map(\.text)
    XCTAssertEqual(Set(used), ["6"])
    XCTAssertEqual(r.warnings.count, 3, "\(r.warnings)")
    XCTAssertTrue(r.warnings.allSatisfy { $0.contains("9223372036854775807") || $0.contains("w:numId='3'") })
  }

  // MARK: What validates is taken (item 15)

  /// Numbering as LibreOffice writes it: `w:pStyle` before `w:numFmt`, each override twice.
  func testLibreOfficeStyleNumberingIsPutInOrder() throws {
    let numbering = """
      <w:numbering xmlns:w="\(Self.w)"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
      <w:pStyle w:val="Heading1"/><w:numFmt w:val="upperRoman"/><w:suff w:val="nothing"/><w:lvlText w:val="%1"/>\
      <w:lvlJc w:val="start"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>\
      \((0..<9).map { "<w:lvlOverride w:ilvl=\"\($0)\"><w:startOverride w:val=\"2\"/></w:lvlOverride><w:lvlOverride w:ilvl=\"\($0)\"/>" }.joined())\
      </w:num></w:numbering>
      """
    let r = try render(try Self.reference(parts: [("word/numbering.xml", numbering)]))
    XCTAssertEqual(r.warnings, [], "reordering loses nothing, and the empty second overrides said nothing")
    let level = try XCTUnwrap(
      try r.docx.xml("word/numbering.xml").select("//w:abstractNum[@w:abstractNumId='1']/w:lvl", namespaces: ns).first)
    XCTAssertEqual(level.children.map(\.name), ["start", "numFmt", "pStyle", "suff", "lvlText", "lvlJc"])
    XCTAssertEqual(
      try r.docx.xml("word/numbering.xml").select("//w:num[@w:numId='1']/w:lvlOverride", namespaces: ns).count, 9)
  }

  func testAFontTableCommentNeitherDropsTheirFontsNorSwallowsOurs() throws {
    for trailer in ["<!-- a comment after the root -->", "<!-- </x> -->", "<?pi </w:fonts>?>"] {
      let fonts = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:fonts xmlns:w="\(Self.w)"><w:font w:name="Their Font"><w:family w:val="roman"/></w:font></w:fonts>\(trailer)
        """
      let r = try render(
        try Self.reference(parts: [("word/fontTable.xml", fonts)]),
        markdown: "---\nfonts: { latin: Evil--Font, mono: \"A&B <Mono>\" }\n---\n# T\n\n`x`\n")
      let names = try r.docx.xml("word/fontTable.xml").select("//w:font/@w:name", namespaces: ns).map(\.text)
      XCTAssertEqual(names, ["Their Font", "Evil--Font", "Microsoft YaHei", "A&B <Mono>"], trailer)
      XCTAssertEqual(r.warnings, [])
    }
  }

  func testStyleMarkupTheSchemaRefusesIsLeftOutAndTheRestKept() throws {
    let styles = """
      <w:styles xmlns:w="\(Self.w)" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
      xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">\
      <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:bogus/><w:spacing w:before="-5" w:after="120"/>\
      <w:keepNext/></w:pPr><w:name w:val="heading 1"/><w:rPr><w:sz w:val="big"/><w:color w:val="FF0000"/>\
      <w14:ligatures w14:val="standard"/></w:rPr></w:style>\
      <w:style w:type="kind-of" w:styleId="Odd"><w:name w:val="Odd"/></w:style>\
      <w:style w:type="paragraph" w:styleId="Two"><w:name w:val="Two"/><w:name w:val="Second name"/></w:style>\
      </w:styles>
      """
    let r = try render(try Self.reference(styles: styles), markdown: "# Heading\n\ntext\n\n# Second\n")
    let part = try r.docx.xml("word/styles.xml")
    let heading = try XCTUnwrap(part.select("//w:style[@w:styleId='Heading1']", namespaces: ns).first)
    XCTAssertEqual(heading.children.map(\.name), ["name", "pPr", "rPr"], "put in the schema's order")
    XCTAssertEqual(
      part.select("//w:style[@w:styleId='Heading1']/w:pPr/*", namespaces: ns).map(\.name), ["keepNext", "spacing"])
    XCTAssertEqual(
      part.select("//w:style[@w:styleId='Heading1']/w:pPr/w:spacing/@w:after", namespaces: ns).map(\.text), ["120"])
    XCTAssertEqual(
      part.select("//w:style[@w:styleId='Heading1']/w:rPr/w:color/@w:val", namespaces: ns).first?.text, "FF0000")
    XCTAssertEqual(
      part.select(
        "//w:style[@w:styleId='Heading1']/w:rPr/w14:ligatures",
        namespaces: ns.merging(["w14": "http://schemas.microsoft.com/office/word/2010/wordml"]) { a, _ in a }
      ).count, 1, "an extension the part declares ignorable is kept")
    XCTAssertEqual(part.select("//w:style[@w:styleId='Two']/w:name/@w:val", namespaces: ns).map(\.text), ["Two"])
    XCTAssertEqual(
      r.warnings,
      [
        "left out word/styles.xml /w:styles/w:style[@w:styleId='Heading1']/w:pPr/w:bogus: not allowed in w:pPr",
        "left out word/styles.xml /w:styles/w:style[@w:styleId='Heading1']/w:pPr/w:spacing/@w:before=\"-5\": not a valid value",
        "left out word/styles.xml /w:styles/w:style[@w:styleId='Heading1']/w:rPr/w:sz: its w:val=\"big\" is not a valid value, and it is required",
        "left out word/styles.xml /w:styles/w:style[@w:styleId='Odd']/@w:type=\"kind-of\": not a valid value",
        "left out word/styles.xml /w:styles/w:style[@w:styleId='Two']/w:name: more than 1 in w:style",
      ])
    XCTAssertEqual(try r.docx.texts(style: "Heading1"), ["Heading", "Second"])
  }

  /// Style ids are the reference's own text: `&`, `<` and `"` in them come out escaped in the
  /// styles, the body (paragraph and run styles), the header and the footer.
  func testStyleIDsWithMarkupCharactersStayWellFormedEverywhere() throws {
    func style(_ type: String, _ id: String, _ name: String) -> String {
      "<w:style w:type=\"\(type)\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/></w:style>"
    }
    let styles =
      "<w:styles xmlns:w=\"\(Self.w)\">"
      + style("paragraph", "H&amp;1 &lt;&quot;x&quot;&gt;", "heading 1")
      + style("character", "Code&lt;&amp;&gt;", "Verbatim Char")
      + style("character", "&quot;Link&quot;", "Hyperlink")
      + style("paragraph", "Head&amp;er", "header") + style("paragraph", "Foot&lt;er", "footer") + "</w:styles>"
    let r = try render(try Self.reference(styles: styles))
    XCTAssertEqual(r.warnings, [])
    XCTAssertEqual(try r.docx.texts(style: "H&1 <\"x\">"), ["Topic", "Other"])
    let runs = try r.docx.xml("word/document.xml").select("//w:rStyle/@w:val", namespaces: ns).map(\.text)
    XCTAssertTrue(runs.contains("Code<&>"), "\(runs)")
    XCTAssertTrue(runs.contains("\"Link\""), "\(runs)")
    XCTAssertEqual(
      try r.docx.xml("word/header1.xml").select("//w:pStyle/@w:val", namespaces: ns).map(\.text), ["Head&er"])
    XCTAssertEqual(
      try r.docx.xml("word/footer1.xml").select("//w:pStyle/@w:val", namespaces: ns).map(\.text), ["Foot<er"])
    let ids = try r.docx.xml("word/styles.xml").select("//w:style/@w:styleId", namespaces: ns).map(\.text)
    XCTAssertTrue(ids.contains("H&1 <\"x\">"))
  }

  /// A reference that uses one of our ids for a style of another type: ours is added under a
  /// free id, and the body and our other styles use that one.
  func testAnIdTakenByAStyleOfAnotherTypeGetsOursAFreeID() throws {
    let styles = """
      <w:styles xmlns:w="\(Self.w)"><w:style w:type="character" w:styleId="Label"><w:name w:val="Their label"/>\
      <w:rPr><w:i/></w:rPr></w:style><w:style w:type="character" w:styleId="Label2"><w:name w:val="Another"/></w:style>\
      </w:styles>
      """
    let r = try render(try Self.reference(styles: styles))
    let part = try r.docx.xml("word/styles.xml")
    XCTAssertEqual(part.select("//w:style[@w:styleId='Label']/@w:type", namespaces: ns).map(\.text), ["character"])
    XCTAssertEqual(part.select("//w:style[@w:styleId='Label3']/@w:type", namespaces: ns).map(\.text), ["paragraph"])
    XCTAssertEqual(try r.docx.texts(style: "Label3"), ["Key points:"])
    XCTAssertEqual(try r.docx.texts(style: "Label"), [])
  }

  func testAThemeThatPointsAtPicturesLosesOnlyThePointers() throws {
    let theme = minimalTheme.replacingOccurrences(
      of: "<a:bgFillStyleLst><a:solidFill>",
      with:
        "<a:bgFillStyleLst><a:blipFill><a:blip xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:embed=\"rId1\"/></a:blipFill><a:solidFill>"
    )
    let r = try render(try Self.reference(parts: [("word/theme/theme1.xml", theme)]))
    XCTAssertEqual(
      r.warnings,
      ["left out word/theme/theme1.xml: 1 references to other files of the reference (pictures), which are not copied"])
    let kept = try r.docx.xml("word/theme/theme1.xml")
    XCTAssertEqual(
      kept.select("//a:blip", namespaces: ["a": "http://schemas.openxmlformats.org/drawingml/2006/main"]).count, 1)
  }

  /// A theme that cannot be made valid (its colour scheme lacks a colour the schema requires)
  /// is left out whole; Word and LibreOffice then use their own.
  func testAThemeMissingARequiredColourIsLeftOut() throws {
    let theme = minimalTheme.replacingOccurrences(
      of: "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1>", with: "<a:accent1><a:srgbClr val=\"blue\"/></a:accent1>"
    )
    let r = try render(try Self.reference(parts: [("word/theme/theme1.xml", theme)]))
    XCTAssertNil(r.docx.package.archive["word/theme/theme1.xml"])
    XCTAssertEqual(
      try r.docx.xml("word/_rels/document.xml.rels").select(
        "//pr:Relationship[@Target='theme/theme1.xml']", namespaces: ns
      )
      .count, 0)
    XCTAssertEqual(r.warnings.count, 5, "\(r.warnings)")
    XCTAssertTrue(
      r.warnings[0].hasSuffix("/a:accent1/a:srgbClr: its val=\"blue\" is not a valid value, and it is required"),
      r.warnings[0])
    XCTAssertTrue(r.warnings.last!.hasSuffix("/a:theme[@name='Test']: it lacks the required a:themeElements"))
  }

  func testAUTF16StylesPartIsRead() throws {
    let styles =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:styles xmlns:w=\"\(Self.w)\"><w:style w:type=\"paragraph\" w:styleId=\"标题1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>"
    var zip = ZipPackager(date: fixedDate)
    zip.add(
      "word/document.xml",
      Data("<w:document xmlns:w=\"\(Self.w)\"><w:body><w:p/></w:body></w:document>".utf8))
    zip.add("word/styles.xml", Data([0xFF, 0xFE]) + styles.data(using: .utf16LittleEndian)!)
    let r = try render(try zip.archive())
    XCTAssertEqual(try r.docx.texts(style: "标题1"), ["Topic", "Other"])
  }

  // MARK: Sizes (items 2 and 17)

  func testAZip64SizeOf2To63IsRefusedAsAZipBomb() {
    let archive = HostileZip.archive([
      HostileZip.Entry(
        "word/document.xml", Data("<w:document xmlns:w=\"\(Self.w)\"/>".utf8), declaredSize: UInt64(1) << 63),
      HostileZip.Entry("word/styles.xml", Data("<w:styles xmlns:w=\"\(Self.w)\"/>".utf8)),
    ])
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "bomb.docx", bytes: archive), creationDate: fixedDate)
    XCTAssertThrowsError(try DocxExporter().export(try prepDocument("# T\n"), options: options)) { error in
      XCTAssertEqual(
        "\(error)",
        "bomb.docx: refused: entry \"word/document.xml\" declares 8388608 TB uncompressed, over the 128 MB an entry may have (zip bomb?)"
      )
    }
  }

  // MARK: Real references

  func testALibreOfficeMadeReference() throws {
    guard let soffice = Command.which("soffice") else {
      throw XCTSkip(OfficeTools.libreOfficeMissingReason ?? "soffice missing")
    }
    let folder = Paths.temporaryFolder()
    let profile = Paths.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: profile)
    }
    // LibreOffice saves one of our files as .docx: numbering out of the schema's order,
    // overrides written twice, its own font table.
    let source = folder.appendingPathComponent("source.docx")
    try export(try example("prep-zh.md"), answers: try example("answers-zh.md")).data.write(to: source)
    let out = folder.appendingPathComponent("out")
    _ = try Command.run(
      soffice,
      [
        "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "docx:MS Word 2007 XML",
        "--outdir", out.path, source.path,
      ])
    let reference = try Data(contentsOf: out.appendingPathComponent("source.docx"))
    let r = try render(reference, markdown: try example("prep-zh.md"))
    XCTAssertFalse(try r.docx.texts(style: "Label").isEmpty)
    XCTAssertFalse(r.warnings.contains { $0.contains("more than") }, "\(r.warnings)")
    // LibreOffice reads the same text with the reference's look as with ours.
    let plain = folder.appendingPathComponent("plain.docx")
    let restyled = folder.appendingPathComponent("restyled.docx")
    try export(try example("prep-zh.md")).data.write(to: plain)
    try r.docx.data.write(to: restyled)
    let plainText = try XCTUnwrap(try OfficeTools.textExport(plain))
    XCTAssertFalse(plainText.isEmpty)
    XCTAssertEqual(try OfficeTools.textExport(restyled), plainText)
  }
}
