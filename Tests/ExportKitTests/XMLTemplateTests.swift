import ExportKit
import Foundation
import XCTest

final class XMLTemplateTests: XCTestCase {
  private func template(_ text: String) throws -> XMLTemplate {
    try XMLTemplate(name: "test/part.xml", bytes: Array(text.utf8))
  }

  private func fill(_ text: String, _ values: [String: XMLTemplate.Value]) throws -> String {
    try template(text).fragment(values).text
  }

  func testTextValuesAreEscapedInAttributesAndText() throws {
    let xml = try fill("<f a=\"{{name}}\">{{name}}</f>", ["name": .text("A&B <\"x\">\tC")])
    XCTAssertEqual(xml, "<f a=\"A&amp;B &lt;&quot;x&quot;&gt;&#9;C\">A&amp;B &lt;&quot;x&quot;&gt;&#9;C</f>")
    // Well-formed whatever the value: libxml2 reads it back to the same text.
    let parsed = try SafeXMLDocument(Data(xml.utf8), name: "filled")
    XCTAssertEqual(parsed.root?.attribute("a"), "A&B <\"x\">\tC")
    XCTAssertEqual(parsed.root?.text, "A&B <\"x\">\tC")
  }

  func testMarkupOnlyAsAWritersFragment() throws {
    let faces = XMLFragment { xml in
      xml.raw("<face")
      xml.attribute("name", "Evil--Font\"/><x")
      xml.raw("/>")
    }
    let xml = try fill("<decls>{{FACES}}</decls>", ["FACES": .markup(faces)])
    XCTAssertEqual(xml, "<decls><face name=\"Evil--Font&quot;/&gt;&lt;x\"/></decls>")
    XCTAssertEqual(try SafeXMLDocument(Data(xml.utf8), name: "filled").root?.children.count, 1)
  }

  func testAPlaceholderWithoutValueIsAnErrorNamingTemplateAndPlaceholder() throws {
    XCTAssertThrowsError(try fill("<a b=\"{{latin}}\" c=\"{{mono}}\"/>", ["latin": .text("Calibri")])) { error in
      XCTAssertEqual(
        "\(error)", "cannot package the document: template test/part.xml: placeholder {{mono}} has no value")
    }
  }

  func testAValueForNoPlaceholderIsAnError() throws {
    XCTAssertThrowsError(try fill("<a b=\"{{latin}}\"/>", ["latin": .text("x"), "LATIN": .text("y")])) { error in
      XCTAssertEqual(
        "\(error)",
        "cannot package the document: template test/part.xml: a value is given for {{LATIN}}, which it does not have")
    }
  }

  func testAnUnclosedOrMalformedPlaceholderIsAnError() throws {
    XCTAssertThrowsError(try template("<a b=\"{{latin\"/>")) { error in
      XCTAssertEqual("\(error)", "cannot package the document: template test/part.xml: \"{{\" at byte 6 is not closed")
    }
    XCTAssertThrowsError(try template("<!-- {{…}} -->")) { error in
      XCTAssertTrue("\(error)".contains("{{…}} is not a placeholder name"), "\(error)")
    }
  }

  func testAFragmentCannotBeMadeFromAString() throws {
    // The only ways to a fragment are a writer's output: text put through it is escaped.
    let fragment = XMLFragment { $0.text("<b>not markup</b>") }
    XCTAssertEqual(fragment.text, "&lt;b&gt;not markup&lt;/b&gt;")
  }
}
