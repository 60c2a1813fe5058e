import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// ODT reference documents with what strict ODF 1.3 refuses (issue 11, item 15): bad style
/// names, lengths without units or out of their range, elements out of place. What validates
/// is taken and the rest said; every file made here passes validate-office.
final class HostileReferenceTests: XCTestCase {
  static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

  static func styles(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-styles xmlns:office="\(office)" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    office:version="1.2"><office:styles>\(body)</office:styles></office:document-styles>
    """
  }

  func render(_ stylesXML: String, file: StaticString = #filePath, line: UInt = #line) throws -> (
    odt: Odt, warnings: [String]
  ) {
    let reference = try ReferenceDocTests.package([("styles.xml", stylesXML)])
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "ref.odt", bytes: reference), creationDate: fixedDate)
    let document = try prepDocument("# One\n\n**Key points**:\n\ntext\n\n# Two\n\nmore\n")
    let result = try OdtExporter().export(document, options: options)
    let odt = try Odt(result.data)
    try assertValid(odt, file: file, line: line)
    for warning in result.warnings { XCTAssertTrue(warning.hasPrefix("ref.odt: "), warning, file: file, line: line) }
    return (odt, result.warnings.map { String($0.dropFirst("ref.odt: ".count)) })
  }

  func testStylesWithBadNamesAreLeftOutAndSaid() throws {
    let r = try render(
      Self.styles(
        """
        <style:style style:name="bad name" style:family="paragraph"/>\
        <style:style style:name="1st" style:family="paragraph"/>\
        <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" \
        style:parent-style-name="no such&lt;style"><style:text-properties fo:color="#ff0000"/></style:style>
        """))
    XCTAssertEqual(
      try r.odt.select("styles.xml", "//style:style[@style:name='bad name' or @style:name='1st']").count, 0)
    let heading = try XCTUnwrap(try r.odt.select("styles.xml", "//style:style[@style:name='Heading_20_1']").first)
    XCTAssertNil(heading.attribute("parent-style-name", namespace: styleNamespace))
    XCTAssertEqual(
      try r.odt.select("styles.xml", "//style:style[@style:name='Heading_20_1']/style:text-properties/@fo:color").map(
        \.text), ["#ff0000"])
    XCTAssertEqual(
      r.warnings,
      [
        "left out styles.xml /office:document-styles/office:styles/style:style[@style:name='bad name']: its style:name=\"bad name\" is not a valid value, and it is required",
        "left out styles.xml /office:document-styles/office:styles/style:style[@style:name='1st']: its style:name=\"1st\" is not a valid value, and it is required",
        "left out styles.xml /office:document-styles/office:styles/style:style[@style:name='Heading_20_1']/@style:parent-style-name=\"no such<style\": not a valid value",
      ])
  }

  func testLengthsWithoutUnitsOrOutOfRangeAreLeftOut() throws {
    let r = try render(
      Self.styles(
        """
        <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph">\
        <style:paragraph-properties fo:margin-left="1" fo:margin-right="-0.5cm" fo:padding="-1cm" fo:line-height="150%" \
        fo:text-align="sideways"/><style:text-properties fo:font-size="12furlongs" fo:color="red" \
        fo:font-weight="bold" style:font-size-asian="0pt"/></style:style>
        """))
    let paragraph = try XCTUnwrap(
      try r.odt.select("styles.xml", "//style:style[@style:name='Text_20_body']/style:paragraph-properties").first)
    XCTAssertEqual(
      Set(paragraph.attributes.map { "\($0.localName)=\($0.value)" }), ["margin-right=-0.5cm", "line-height=150%"])
    let text = try XCTUnwrap(
      try r.odt.select("styles.xml", "//style:style[@style:name='Text_20_body']/style:text-properties").first)
    XCTAssertEqual(Set(text.attributes.map { "\($0.localName)=\($0.value)" }), ["font-weight=bold"])
    let leftOut = r.warnings.map { String($0.split(separator: "/@").last ?? "") }
    XCTAssertEqual(
      leftOut,
      [
        "fo:margin-left=\"1\": not a valid value", "fo:padding=\"-1cm\": not a valid value",
        "fo:text-align=\"sideways\": not a valid value", "fo:font-size=\"12furlongs\": not a valid value",
        "fo:color=\"red\": not a valid value", "style:font-size-asian=\"0pt\": not a valid value",
      ])
  }

  func testElementsOutOfPlaceAndTextAreLeftOut() throws {
    let r = try render(
      Self.styles(
        """
        <style:style style:name="Label" style:family="paragraph"><style:foo/><text:p>stray</text:p>loose text\
        <style:text-properties fo:color="#123456"/></style:style><style:font-face style:name="Misplaced"/>
        """))
    let label = try XCTUnwrap(try r.odt.select("styles.xml", "//office:styles/style:style[@style:name='Label']").first)
    XCTAssertEqual(label.children.map(\.name), ["text-properties"])
    XCTAssertEqual(r.warnings.count, 4, "\(r.warnings)")
    XCTAssertTrue(r.warnings[0].hasSuffix("/style:foo: not allowed in style:style"), r.warnings[0])
    XCTAssertTrue(r.warnings[1].hasSuffix("/text:p: not allowed in style:style"), r.warnings[1])
    XCTAssertTrue(r.warnings[2].hasSuffix("text \"loose text\" where the schema allows none"), r.warnings[2])
    XCTAssertTrue(r.warnings[3].hasSuffix("style:font-face[@style:name='Misplaced']: not allowed in office:styles"))
  }

  /// What a style holds depends on its family, and comes in the schema's order.
  func testAStyleKeepsWhatItsFamilyAllowsInOrder() throws {
    let r = try render(
      Self.styles(
        """
        <style:style style:name="Label" style:family="paragraph" style:list-style-name="L1">\
        <style:text-properties fo:color="#112233"/><style:table-row-properties style:min-row-height="1cm"/>\
        <style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:color="#445566"/></style:style>
        """))
    let label = try XCTUnwrap(try r.odt.select("styles.xml", "//office:styles/style:style[@style:name='Label']").first)
    XCTAssertEqual(label.children.map(\.name), ["paragraph-properties", "text-properties"])
    XCTAssertEqual(
      try r.odt.select("styles.xml", "//style:style[@style:name='Label']/style:text-properties/@fo:color").map(\.text),
      ["#112233"])
    XCTAssertEqual(r.warnings.count, 2, "\(r.warnings)")
    XCTAssertTrue(
      r.warnings[0].hasSuffix("/style:table-row-properties: not allowed where style:family is \"paragraph\""),
      r.warnings[0])
    XCTAssertTrue(r.warnings[1].hasSuffix("/style:text-properties: more than 1 in style:style"), r.warnings[1])
  }

  /// Pictures are files of the reference's package, which are not copied: what shows them is
  /// left out, and said once.
  func testPicturesOfTheReferenceAreLeftOut() throws {
    let styles = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-styles xmlns:office="\(Self.office)" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
      xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
      xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">\
      <office:automatic-styles><style:page-layout style:name="pm9"><style:page-layout-properties fo:page-width="20cm" \
      fo:page-height="25cm"><style:background-image xlink:href="Pictures/bg.png" xlink:type="simple"/>\
      </style:page-layout-properties></style:page-layout></office:automatic-styles><office:master-styles>\
      <style:master-page style:name="Other" style:page-layout-name="pm9"><style:header><text:p>\
      <draw:frame draw:name="f" svg:width="1cm" svg:height="1cm" text:anchor-type="as-char">\
      <draw:image xlink:href="Pictures/logo.png" xlink:type="simple"/></draw:frame>Logo \
      <text:a xlink:type="simple" xlink:href="https://example.com">site</text:a></text:p></style:header></style:master-page>\
      </office:master-styles></office:document-styles>
      """
    let r = try render(styles)
    XCTAssertEqual(r.warnings, ["left out styles.xml: 2 pictures or objects, whose files are not copied"])
    let drawing = ns.merging(["draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"]) { a, _ in a }
    let part = try r.odt.xml("styles.xml")
    XCTAssertEqual(part.select("//draw:frame", namespaces: drawing).count, 1, "the frame stays, empty")
    XCTAssertEqual(part.select("//draw:image | //style:background-image", namespaces: drawing).count, 0)
    XCTAssertEqual(
      try r.odt.select("styles.xml", "//style:master-page[@style:name='Other']//text:a/@xlink:href").map(\.text),
      ["https://example.com"])
  }

  func testAUTF16StylesPartIsRead() throws {
    let text = Self.styles(
      "<style:style style:name=\"Heading_20_1\" style:family=\"paragraph\"><style:text-properties fo:color=\"#00ff00\"/></style:style>"
    ).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
    var zip = ZipPackager(date: fixedDate, mediaType: "application/vnd.oasis.opendocument.text")
    zip.add("styles.xml", Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!)
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "utf16.odt", bytes: try zip.archive()), creationDate: fixedDate)
    let odt = try export("# One\n\n# Two\n", options: options)
    XCTAssertEqual(
      try odt.select("styles.xml", "//style:style[@style:name='Heading_20_1']/style:text-properties/@fo:color").map(
        \.text), ["#00ff00"])
  }

  func testAZip64SizeOf2To63IsRefusedAsAZipBomb() {
    let archive = HostileZip.archive([
      HostileZip.Entry("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
      HostileZip.Entry("styles.xml", Data(Self.styles("").utf8), declaredSize: UInt64(1) << 63),
    ])
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "bomb.odt", bytes: archive), creationDate: fixedDate)
    XCTAssertThrowsError(try OdtExporter().export(try prepDocument("# T\n"), options: options)) { error in
      XCTAssertEqual(
        "\(error)",
        "bomb.odt: refused: entry \"styles.xml\" declares 8388608 TB uncompressed, over the 128 MB an entry may have (zip bomb?)"
      )
    }
  }

  func testPandocsReferenceODT() throws {
    guard let pandoc = Command.which("pandoc") else { throw XCTSkip("pandoc is not installed") }
    let result = try Command.run(pandoc, ["--print-default-data-file", "reference.odt"])
    guard result.status == 0 else { throw XCTSkip("pandoc could not print its reference.odt: \(result.stderr)") }
    let options = ExportOptions(
      referenceDocument: ReferenceDocument(name: "pandoc.odt", bytes: result.stdout), creationDate: fixedDate)
    let rendered = try OdtExporter().export(
      try prepDocument(try example("prep-en.md"), answers: try example("answers-en.md")), options: options)
    let odt = try Odt(rendered.data)
    try assertValid(odt)
    XCTAssertFalse(try odt.texts(style: "Label").isEmpty)
    XCTAssertEqual(try odt.select("styles.xml", "//office:styles/style:style[@style:name='Answer']").count, 1)
  }
}
