import ExportKit
import XCTest

final class XMLWriterTests: XCTestCase {
  private func string(_ build: (inout XMLWriter) -> Void) -> String {
    var w = XMLWriter()
    build(&w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  func testTextAndAttributesAreEscapedInOnePlace() {
    let xml = string {
      $0.open("a", ["title": "x \"q\" & <y>\tz\n"])
      $0.text("1 < 2 & 3 > 2 \"ok\" 中文\n")
      $0.close("a")
    }
    XCTAssertEqual(
      xml, "<a title=\"x &quot;q&quot; &amp; &lt;y&gt;&#9;z&#10;\">1 &lt; 2 &amp; 3 &gt; 2 \"ok\" 中文\n</a>")
  }

  func testCharactersXMLForbidsAreLeftOut() {
    let xml = string { $0.element("t", text: "a\u{07}b\u{0C}c\u{FFFE}d\u{FFFF}e\u{0}f\r") }
    XCTAssertEqual(xml, "<t>abcdef&#13;</t>")
  }

  func testEmptyElementAndDeclaration() {
    let xml = string {
      $0.declaration()
      $0.empty("w:b", ["w:val": "1"])
    }
    XCTAssertEqual(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:b w:val=\"1\"/>")
  }
}
