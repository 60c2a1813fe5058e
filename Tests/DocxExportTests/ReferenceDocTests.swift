import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

final class ReferenceDocTests: XCTestCase {
  /// A reference document made from our own output, changed the way a user's Word would:
  /// localised style ids ("1" for heading 1), another font, no Label style, a landscape
  /// Letter page, a numbering definition of its own (used by its heading style), a theme.
  static func userReference() throws -> Data {
    let base = try export("---\ntitle: Reference\n---\n# Heading\n\n- item\n").data
    let archive = try SafeArchive(base, name: "base.docx")
    var styles = String(decoding: try XCTUnwrap(archive["word/styles.xml"]), as: UTF8.self)
    styles = styles.replacingOccurrences(of: "w:styleId=\"Heading1\"", with: "w:styleId=\"1\"")
      .replacingOccurrences(of: "<w:basedOn w:val=\"Heading1\"/>", with: "<w:basedOn w:val=\"1\"/>")
      .replacingOccurrences(of: "Calibri", with: "Georgia")
    let label = try XCTUnwrap(
      styles.range(of: "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Label\">"))
    let labelEnd = try XCTUnwrap(styles.range(of: "</w:style>", range: label.upperBound..<styles.endIndex))
    styles.removeSubrange(label.lowerBound..<labelEnd.upperBound)
    styles = styles.replacingOccurrences(
      of: "<w:keepLines/>\n      <w:pBdr>",
      with: "<w:keepLines/><w:numPr><w:numId w:val=\"7\"/></w:numPr>\n      <w:pBdr>")
    var document = String(decoding: try XCTUnwrap(archive["word/document.xml"]), as: UTF8.self)
    document = document.replacingOccurrences(
      of: "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>", with: "<w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/>"
    )
    .replacingOccurrences(of: "w:left=\"1247\"", with: "w:left=\"720\"")
    let numbering = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="3"><w:nsid w:val="0BADBEEF"/><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>
      """
    var zip = ZipPackager(date: fixedDate)
    for path in archive.paths {
      switch path {
      case "word/styles.xml": zip.add(path, Data(styles.utf8))
      case "word/document.xml": zip.add(path, Data(document.utf8))
      case "word/numbering.xml": zip.add(path, Data(numbering.utf8))
      case "[Content_Types].xml":
        let types = String(decoding: try XCTUnwrap(archive[path]), as: UTF8.self).replacingOccurrences(
          of: "</Types>",
          with:
            "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/></Types>"
        )
        zip.add(path, Data(types.utf8))
      default: zip.add(path, try XCTUnwrap(archive[path]))
      }
    }
    zip.add("word/theme/theme1.xml", Data(minimalTheme.utf8))
    return try zip.archive()
  }

  private func exportWith(_ reference: Data, _ markdown: String? = nil, answers: String? = nil) throws -> Docx {
    let options = ExportOptions(
      tableOfContents: true, review: true,
      referenceDocument: ReferenceDocument(name: "reference.docx", bytes: reference),
      creationDate: fixedDate)
    return try export(
      markdown ?? (try example("prep-en.md")), answers: answers ?? (try example("answers-en.md")), options: options)
  }

  func testStylesPageNumberingAndThemeComeFromTheReference() throws {
    let docx = try exportWith(try Self.userReference())
    let styles = try docx.xml("word/styles.xml")
    // The reference's own styles and defaults are kept…
    XCTAssertEqual(
      styles.select("//w:docDefaults//w:rFonts", namespaces: ns).first?.attribute("ascii", namespace: wordNamespace),
      "Georgia")
    XCTAssertEqual(styles.select("//w:style[@w:styleId='1']", namespaces: ns).count, 1)
    XCTAssertEqual(
      styles.select("//w:style[@w:styleId='Heading1']", namespaces: ns).count, 0, "heading 1 is the reference's \"1\"")
    // …and the body uses them by name: heading 1 is written with the reference's id.
    XCTAssertEqual(try docx.texts(style: "1").first, "Tell me about yourself")
    XCTAssertEqual(try docx.texts(style: "Heading1"), [])
    // Our Label style, which the reference lacks, is added once, without a font of its own.
    let label = styles.select("//w:style[@w:styleId='Label']", namespaces: ns)
    XCTAssertEqual(label.count, 1)
    XCTAssertEqual(styles.select("//w:style[@w:styleId='Label']//w:rFonts", namespaces: ns).count, 0)
    XCTAssertEqual(try docx.texts(style: "Label").first, "Key points:")
    // The reference has its own defaults: the styles we add do not claim to be one.
    XCTAssertEqual(styles.select("//w:style[@w:default='1']", namespaces: ns).count, 4)
    for id in Set(styles.select("//w:style/@w:styleId", namespaces: ns).map(\.text)) {
      XCTAssertEqual(styles.select("//w:style[@w:styleId='\(id)']", namespaces: ns).count, 1, "style \(id) once")
    }
    // Its page.
    let size = try XCTUnwrap(try docx.xml("word/document.xml").select("//w:body/w:sectPr/w:pgSz", namespaces: ns).first)
    XCTAssertEqual(size.attribute("w", namespace: wordNamespace), "15840")
    XCTAssertEqual(size.attribute("orient", namespace: wordNamespace), "landscape")
    XCTAssertEqual(
      try docx.xml("word/document.xml").select("//w:pgMar", namespaces: ns).first?.attribute(
        "left", namespace: wordNamespace),
      "720")
    // Its numbering is kept with its ids; ours come after, above them.
    let numbering = try docx.xml("word/numbering.xml")
    XCTAssertEqual(
      numbering.select("//w:num[@w:numId='7']/w:abstractNumId", namespaces: ns).first?.attribute(
        "val", namespace: wordNamespace),
      "3")
    let ourNumIDs = try docx.xml("word/document.xml").select("//w:numPr/w:numId", namespaces: ns).compactMap {
      $0.attribute("val", namespace: wordNamespace).flatMap(Int.init)
    }
    XCTAssertFalse(ourNumIDs.isEmpty)
    XCTAssertTrue(ourNumIDs.allSatisfy { $0 > 7 }, "\(ourNumIDs)")
    for id in Set(ourNumIDs) {
      XCTAssertEqual(numbering.select("//w:num[@w:numId='\(id)']", namespaces: ns).count, 1)
    }
    XCTAssertEqual(numbering.select("//w:abstractNum[@w:abstractNumId='3']", namespaces: ns).count, 1)
    XCTAssertEqual(numbering.select("//w:abstractNum", namespaces: ns).count, 3)
    // Its theme, related and typed.
    XCTAssertNotNil(docx.package.archive["word/theme/theme1.xml"])
    XCTAssertEqual(
      try docx.xml("word/_rels/document.xml.rels").select(
        "//pr:Relationship[@Target='theme/theme1.xml']", namespaces: ns
      ).count, 1)
  }

  func testOurOwnOutputAsReferenceChangesNothingInTheBody() throws {
    let plain = try export(try example("prep-zh.md"), answers: try example("answers-zh.md"))
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "ours.docx", bytes: plain.data), creationDate: fixedDate)
    let again = try export(try example("prep-zh.md"), answers: try example("answers-zh.md"), options: options)
    func outline(_ docx: Docx) throws -> [String] {
      try docx.paragraphs().map { "\(Docx.style(of: $0) ?? ""):\(Docx.text(of: $0))" }
    }
    XCTAssertEqual(try outline(again), try outline(plain))
    func styleIDs(_ docx: Docx) throws -> [String] {
      try docx.xml("word/styles.xml").select("//w:style/@w:styleId", namespaces: ns).map(\.text)
    }
    XCTAssertEqual(try styleIDs(again), try styleIDs(plain), "nothing to add")
    // Its list definitions and ours, side by side, each with its own identifier.
    let nsids = try again.xml("word/numbering.xml").select("//w:abstractNum/w:nsid/@w:val", namespaces: ns).map(\.text)
    XCTAssertEqual(nsids.count, 4)
    XCTAssertEqual(Set(nsids).count, 4, "\(nsids)")
  }

  func testPandocsReferenceDocWhenPandocIsInstalled() throws {
    guard let pandoc = Command.which("pandoc") else { throw XCTSkip("pandoc is not installed") }
    let result = try Command.run(pandoc, ["--print-default-data-file", "reference.docx"])
    guard result.status == 0 else { throw XCTSkip("pandoc could not print its reference.docx: \(result.stderr)") }
    let docx = try exportWith(result.stdout)
    XCTAssertFalse(try docx.texts(style: "Heading1").isEmpty)
    XCTAssertNotNil(docx.package.archive["word/theme/theme1.xml"])
    // pandoc's reference styles break the schema's order; what we keep of them is put right
    // (export() validates every file it makes).
    XCTAssertFalse(try docx.texts(style: "Label").isEmpty)
  }

  func testAMinimalReferenceGetsAllOurStyles() throws {
    let w = wordNamespace
    let reference = try zip([
      (
        "word/document.xml",
        Data(
          "<w:document xmlns:w=\"\(w)\"><w:body><w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"567\" w:right=\"567\" w:bottom=\"567\" w:left=\"567\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
            .utf8)
      ),
      ("word/styles.xml", Data("<w:styles xmlns:w=\"\(w)\"/>".utf8)),
      ("word/fontTable.xml", Data("<?xml version=\"1.0\"?>\n<w:fonts xmlns:w=\"\(w)\"/>".utf8)),
    ])
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "minimal.docx", bytes: reference), creationDate: fixedDate)
    let docx = try export(try example("prep-zh.md"), options: options)
    let styles = try docx.xml("word/styles.xml")
    XCTAssertEqual(styles.select("//w:style", namespaces: ns).count, 35, "every style of ours")
    XCTAssertEqual(
      styles.select("//w:style[@w:default='1']/@w:styleId", namespaces: ns).map(\.text),
      ["Normal", "DefaultParagraphFont", "TableNormal", "NoList"], "ours are the defaults where the reference has none")
    let fonts = try docx.xml("word/fontTable.xml").select("//w:font", namespaces: ns).compactMap {
      $0.attribute("name", namespace: wordNamespace)
    }
    XCTAssertEqual(fonts, ["Calibri", "Microsoft YaHei", "Consolas"])
    XCTAssertEqual(
      try docx.xml("word/document.xml").select("//w:pgMar", namespaces: ns).first?.attribute(
        "left", namespace: wordNamespace),
      "567")
  }

  // MARK: Untrusted input

  private func assertRefused(_ data: Data, _ reason: String, line: UInt = #line) {
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "evil.docx", bytes: data), creationDate: fixedDate)
    XCTAssertThrowsError(try export("# T\n\nx\n", options: options), line: line) { error in
      switch error {
      case ExportError.unsafeArchive(let name, let r), ExportError.referenceDocument(let name, let r):
        XCTAssertTrue(name.hasPrefix("evil.docx"), name, line: line)
        XCTAssertTrue(r.contains(reason), r, line: line)
      default: XCTFail("\(error)", line: line)
      }
    }
  }

  private func zip(_ entries: [(String, Data)]) throws -> Data {
    var z = ZipPackager(date: fixedDate)
    for (path, data) in entries { z.add(path, data) }
    return try z.archive()
  }

  func testMaliciousReferenceDocumentsAreRefused() throws {
    let styles = Data("<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(wordNamespace)\"/>".utf8)
    let document = Data("<?xml version=\"1.0\"?><w:document xmlns:w=\"\(wordNamespace)\"><w:body/></w:document>".utf8)
    assertRefused(try zip([("../../evil.xml", styles), ("word/document.xml", document)]), "outside the package")
    let laughs = Data(
      "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><w:styles xmlns:w=\"\(wordNamespace)\">&b;</w:styles>"
        .utf8)
    assertRefused(try zip([("word/document.xml", document), ("word/styles.xml", laughs)]), "DOCTYPE")
    let xxe = Data(
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"\(wordNamespace)\">&x;</w:document>"
        .utf8)
    assertRefused(try zip([("word/document.xml", xxe), ("word/styles.xml", styles)]), "DOCTYPE")
    assertRefused(try zip([("word/document.xml", document), ("word/styles.xml", Data(count: 8 << 20))]), "zip bomb")
    assertRefused(Data("not a zip at all".utf8), "not a ZIP file")
    assertRefused(try zip([("content.xml", document)]), "not a Word document")
    assertRefused(try zip([("word/document.xml", document)]), "no styles")
    assertRefused(
      try zip([("word/document.xml", document), ("word/styles.xml", Data("<w:styles".utf8))]), "not well-formed")
    assertRefused(
      try zip([("word/document.xml", document), ("word/styles.xml", Data("<?xml version=\"1.0\"?><styles/>".utf8))]),
      "is not a WordprocessingML styles part")
  }

  func testCommandLineReportsABadReferenceDocument() throws {
    let folder = Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# T\n\nx\n".utf8).write(to: folder.appendingPathComponent("p.md"))
    try zip([("../escape.txt", Data("x".utf8))]).write(to: folder.appendingPathComponent("evil.docx"))
    let result = try Command.prepexport(["docx", "p.md", "--reference-doc", "evil.docx", "-o", "out.docx"], in: folder)
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("evil.docx"), result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.docx").path))
    XCTAssertFalse(
      FileManager.default.fileExists(
        atPath: folder.deletingLastPathComponent().appendingPathComponent("escape.txt").path))
  }
}

/// The smallest theme the DrawingML schema accepts.
let minimalTheme = """
  <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
  <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Test"><a:themeElements>\
  <a:clrScheme name="Test"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>\
  <a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>\
  <a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>\
  <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
  <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
  <a:fontScheme name="Test"><a:majorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
  <a:minorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
  <a:fmtScheme name="Test"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
  <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
  <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
  <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
  <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
  <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>
  """
