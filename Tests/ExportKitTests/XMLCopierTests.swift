import ExportKit
import Foundation
import XCTest

final class XMLCopierTests: XCTestCase {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let w14 = "http://schemas.microsoft.com/office/word/2010/wordml"

  private func copy(_ xml: String, keeping: @escaping @Sendable (String, String?) -> Bool = { _, _ in false }) throws
    -> (XMLCopier, XMLCopier.Element)
  {
    let document = try SafeXMLDocument(Data(xml.utf8), name: "part.xml")
    var copier = XMLCopier(prefixes: [Self.w: "w"], keepingForeign: keeping)
    let element = try XCTUnwrap(copier.element(try XCTUnwrap(document.root)))
    return (copier, element)
  }

  private func written(_ copier: XMLCopier, _ element: XMLCopier.Element) -> String {
    var xml = XMLWriter()
    copier.writeRoot(element, into: &xml)
    return String(decoding: xml.bytes, as: UTF8.self)
  }

  func testCopiesByStructureWithOurPrefixesAndNoCommentsOrInstructions() throws {
    let (copier, element) = try copy(
      """
      <x:fonts xmlns:x="\(Self.w)"><!-- </x:fonts> --><?pi data?><x:font x:name="A &amp; &lt;B&gt; &quot;C&quot;"/></x:fonts>
      <!-- a comment after the root: </x:fonts> -->
      """)
    let xml = written(copier, element)
    XCTAssertEqual(
      xml, "<w:fonts xmlns:w=\"\(Self.w)\"><w:font w:name=\"A &amp; &lt;B&gt; &quot;C&quot;\"/></w:fonts>")
  }

  func testForeignNamespacesAreLeftOutAndCountedOrKeptByPolicy() throws {
    let source = """
      <w:rPr xmlns:w="\(Self.w)" xmlns:w14="\(Self.w14)" xmlns:lo="urn:lo"><w:b/><w14:ligatures w14:val="all"/><lo:x lo:y="1"/></w:rPr>
      """
    let (dropping, dropped) = try copy(source)
    XCTAssertEqual(written(dropping, dropped), "<w:rPr xmlns:w=\"\(Self.w)\"><w:b/></w:rPr>")
    XCTAssertEqual(dropping.leftOut, ["w14": 1, "lo": 1])
    XCTAssertEqual(
      dropping.leftOutSummary(part: "styles.xml", schema: "the schema"),
      "styles.xml: 2 elements and attributes of extensions (lo, w14), which the schema does not have")
    let (keeping, kept) = try copy(source) { uri, _ in uri == Self.w14 }
    XCTAssertEqual(
      written(keeping, kept),
      "<w:rPr xmlns:w=\"\(Self.w)\" xmlns:w14=\"\(Self.w14)\"><w:b/><w14:ligatures w14:val=\"all\"/></w:rPr>")
  }

  func testPruneAndEditWorkAtEveryDepth() throws {
    let (copier, copied) = try copy(
      "<w:styles xmlns:w=\"\(Self.w)\"><w:style><w:rPr><w:rFonts w:ascii=\"X\"/><w:b/></w:rPr></w:style></w:styles>")
    var element = copied
    XCTAssertEqual(element.prune(elements: { $0.name.local == "rFonts" }), 1)
    element.edit { if $0.name.local == "b" { $0.set(XMLCopier.Name(Self.w, "val"), "0") } }
    XCTAssertEqual(
      written(copier, element),
      "<w:styles xmlns:w=\"\(Self.w)\"><w:style><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style></w:styles>")
  }
}
