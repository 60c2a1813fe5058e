import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// `--reference-doc`: the user's styles win, ours fill the gaps, unsafe files are refused.
final class ReferenceDocTests: XCTestCase {
  static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

  /// A small .odt as a user might make: a red Heading 1, Georgia, a Letter page of its own,
  /// a style of its own, and an extension attribute that strict ODF must not carry.
  static func referenceStyles(extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-styles xmlns:office="\(office)" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3">
    <office:font-face-decls><style:font-face style:name="Georgia" svg:font-family="Georgia"/></office:font-face-decls>
    <office:styles>
    <style:default-style style:family="paragraph"><style:text-properties style:font-name="Georgia" fo:language="de" fo:country="DE" loext:opacity="50%"/></style:default-style>
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:color="#ff0000"/></style:style>
    <style:style style:name="My_20_Style" style:display-name="My Style" style:family="paragraph"/>
    <loext:theme loext:name="x"/>
    \(extra)
    </office:styles>
    <office:automatic-styles><style:page-layout style:name="MyLayout"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in"/></style:page-layout></office:automatic-styles>
    <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="MyLayout"/></office:master-styles>
    </office:document-styles>
    """
  }

  static func package(_ entries: [(String, String)]) throws -> Data {
    var zip = ZipPackager(date: fixedDate)
    zip.add("mimetype", Data("application/vnd.oasis.opendocument.text".utf8), compress: false)
    for (path, text) in entries { zip.add(path, Data(text.utf8)) }
    return try zip.archive()
  }

  func exportWith(_ reference: Data, name: String = "ref.odt") throws -> Odt {
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: name, bytes: reference), creationDate: fixedDate)
    return try export("---\ntitle: 题目\nlang: zh-CN\n---\n\n# 一\n\n**要点**：\n\n文字。\n", options: options)
  }

  func testReferenceStylesWinAndOursFillTheGaps() throws {
    let odt = try exportWith(try Self.package([("styles.xml", Self.referenceStyles())]))
    let headings = try odt.select("styles.xml", "//office:styles/style:style[@style:name='Heading_20_1']")
    XCTAssertEqual(headings.count, 1)
    XCTAssertTrue(headings[0].xml.contains("#ff0000"))
    for ours in ["Label", "Answer", "Answer_20_caption", "Heading_20_2", "Title"] {
      XCTAssertEqual(try odt.select("styles.xml", "//office:styles/style:style[@style:name='\(ours)']").count, 1, ours)
    }
    XCTAssertEqual(try odt.select("styles.xml", "//office:styles/text:list-style").count, 2)
    XCTAssertEqual(try odt.select("styles.xml", "//style:style[@style:name='My_20_Style']").count, 1)
    let master = try XCTUnwrap(try odt.select("styles.xml", "//style:master-page[@style:name='Standard']").first)
    XCTAssertEqual(master.attribute("page-layout-name", namespace: styleNamespace), "MyLayout")
    XCTAssertEqual(try odt.select("styles.xml", "//style:master-page/style:header/text:p").map(Odt.text(of:)), ["题目"])
    let properties = try XCTUnwrap(
      try odt.select("styles.xml", "//style:default-style[@style:family='paragraph']/style:text-properties").first)
    XCTAssertEqual(properties.attribute("font-name", namespace: styleNamespace), "Georgia")
    XCTAssertEqual(properties.attribute("language-asian", namespace: styleNamespace), "zh")
    XCTAssertEqual(properties.attribute("language", namespace: foNamespace), "en")
    let text = String(decoding: try XCTUnwrap(odt.package.archive["styles.xml"]), as: UTF8.self)
    XCTAssertFalse(text.contains("loext"))
    XCTAssertEqual(
      try odt.select("styles.xml", "//style:font-face/@style:name").map(\.text),
      ["Georgia", "Calibri", "Microsoft YaHei", "Consolas"])
  }

  func testExplicitCJKFontWinsOverTheReference() throws {
    let reference = try Self.package([("styles.xml", Self.referenceStyles())])
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "ref.odt", bytes: reference), creationDate: fixedDate)
    let odt = try export("# 一\n\n文字\n", options: options, cjkFont: "Noto Serif CJK SC")
    let properties = try XCTUnwrap(
      try odt.select("styles.xml", "//style:default-style[@style:family='paragraph']/style:text-properties").first)
    XCTAssertEqual(properties.attribute("font-name-asian", namespace: styleNamespace), "Noto Serif CJK SC")
    XCTAssertEqual(properties.attribute("font-name", namespace: styleNamespace), "Georgia")
  }

  func testLibreOfficeWrittenReference() throws {
    guard let soffice = Command.which("soffice") else {
      throw XCTSkip(OfficeTools.libreOfficeMissingReason ?? "soffice missing")
    }
    let folder = Paths.temporaryFolder()
    let profile = Paths.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: profile)
    }
    // LibreOffice re-saves one of our files: its styles.xml is full of loext: extensions.
    let source = folder.appendingPathComponent("source.odt")
    try exportWith(try Self.package([("styles.xml", Self.referenceStyles())])).data.write(to: source)
    let out = folder.appendingPathComponent("out")
    _ = try Command.run(
      soffice,
      [
        "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "odt", "--outdir", out.path,
        source.path,
      ])
    let resaved = try Data(contentsOf: out.appendingPathComponent("source.odt"))
    let odt = try exportWith(resaved, name: "libreoffice.odt")
    XCTAssertEqual(try odt.select("styles.xml", "//office:styles/style:style[@style:name='Label']").count, 1)
    XCTAssertFalse(String(decoding: try XCTUnwrap(odt.package.archive["styles.xml"]), as: UTF8.self).contains("loext:"))
  }

  private func assertRefused(_ data: Data, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try exportWith(data), file: file, line: line) { error in
      guard let error = error as? ExportError else { return XCTFail("\(error)", file: file, line: line) }
      switch error {
      case .unsafeArchive(_, let why), .referenceDocument(_, let why):
        XCTAssertTrue(why.contains(reason), "\(why)", file: file, line: line)
      default: XCTFail("\(error)", file: file, line: line)
      }
    }
  }

  func testZipSlipPathIsRefused() throws {
    assertRefused(
      try Self.package([("../../evil.xml", "x"), ("styles.xml", Self.referenceStyles())]), "outside the package")
  }

  func testDoctypeAndEntitiesAreRefused() throws {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <office:document-styles xmlns:office="\(Self.office)">&lol2;</office:document-styles>
      """
    assertRefused(try Self.package([("styles.xml", laughs)]), "DOCTYPE")
    let xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
    assertRefused(try Self.package([("styles.xml", xxe)]), "DOCTYPE")
  }

  func testCompressionBombIsRefused() throws {
    let padding = String(repeating: " ", count: 4 << 20)
    assertRefused(try Self.package([("styles.xml", Self.referenceStyles(extra: "<!--\(padding)-->"))]), "zip bomb")
  }

  func testWrongKindsOfFileAreRefused() throws {
    assertRefused(Data("not a zip".utf8), "not a ZIP")
    var docx = ZipPackager(date: fixedDate)
    docx.add("word/document.xml", Data("<w:document/>".utf8))
    assertRefused(try docx.archive(), "Word document")
    assertRefused(try Self.package([("content.xml", "<x/>")]), "no styles.xml")
    assertRefused(try Self.package([("styles.xml", "<notodf/>")]), "not an ODF styles part")
  }
}
