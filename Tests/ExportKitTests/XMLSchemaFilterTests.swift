import ExportKit
import Foundation
import XCTest

/// The schema filter on a small table written here: `r` holds up to two `a` then one of `b`
/// or `c` (an exclusive choice), then a required `d`; `a` has a required integer `n` from 0 to
/// 18446744073709551615 and an optional length `len`.
final class XMLSchemaFilterTests: XCTestCase {
  /// A table in the generator's form: one record a line, fields separated by tabs.
  static func table(_ records: [[String]]) -> String {
    records.map { $0.joined(separator: "\t") }.joined(separator: "\n")
  }

  static let table = table([
    ["N", "t", "urn:t"], ["O", "1"], ["R", "t:r", "0"],
    ["K", "int", "0", "18446744073709551615"],
    ["K", "re", "-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)((cm)|(mm)|(in)|(pt)|(pc)|(px))"],
    ["T", "-", "0", "0", "-"],
    ["C", "t:a", "1", "0", "2", "0", "0", "0"], ["C", "t:b", "2", "1", "1", "0", "1", "0"],
    ["C", "t:c", "2", "1", "1", "0", "1", "1"], ["C", "t:d", "2", "2", "1", "1", "0", "0"],
    ["G", "1", "0", "1"],
    ["T", "-", "0", "0", "-"], ["A", "t:n", "0", "1"], ["A", "t:len", "1", "0"],
    ["T", "-", "0", "0", "-"],
  ])

  private func filtered(_ body: String) throws -> (xml: String, leftOut: [String], kept: Bool) {
    let source = "<t:r xmlns:t=\"urn:t\">\(body)</t:r>"
    var copier = XMLCopier(prefixes: ["urn:t": "t"])
    var element = try XCTUnwrap(copier.element(try XCTUnwrap(try SafeXMLDocument(Data(source.utf8), name: "p").root)))
    var filter = XMLSchemaFilter(table: try XMLSchemaTable(text: Self.table), part: "p.xml") { _ in false }
    let kept = filter.filterRoot(&element)
    var xml = XMLWriter()
    copier.write(element.children, into: &xml)
    return (String(decoding: xml.bytes, as: UTF8.self), filter.leftOut, kept)
  }

  func testChildrenArePutInTheSchemasOrder() throws {
    let r = try filtered("<t:d/><t:b/><t:a t:n=\"1\"/>")
    XCTAssertEqual(r.xml, "<t:a t:n=\"1\"/><t:b/><t:d/>")
    XCTAssertEqual(r.leftOut, [], "reordering loses nothing")
  }

  func testValuesOutsideTheirTypeAreLeftOutAndSaid() throws {
    let r = try filtered(
      "<t:a t:n=\"18446744073709551615\" t:len=\"-2.5cm\"/><t:a t:n=\"7\" t:len=\"12 furlongs\" t:x=\"1\"/><t:d/>")
    XCTAssertEqual(r.xml, "<t:a t:n=\"18446744073709551615\" t:len=\"-2.5cm\"/><t:a t:n=\"7\"/><t:d/>")
    XCTAssertEqual(
      r.leftOut,
      [
        "p.xml /t:r/t:a/@t:len=\"12 furlongs\": not a valid value",
        "p.xml /t:r/t:a/@t:x: not an attribute of this element",
      ])
  }

  func testAnElementLosingARequiredAttributeGoesAndTooManyAreCut() throws {
    let r = try filtered(
      "<t:a t:n=\"18446744073709551616\"/><t:a t:n=\"-1\"/><t:a t:n=\"1\"/><t:a t:n=\"2\"/><t:a t:n=\"3\"/><t:d/>")
    XCTAssertEqual(r.xml, "<t:a t:n=\"1\"/><t:a t:n=\"2\"/><t:d/>")
    XCTAssertEqual(
      r.leftOut,
      [
        "p.xml /t:r/t:a: its t:n=\"18446744073709551616\" is not a valid value, and it is required",
        "p.xml /t:r/t:a: its t:n=\"-1\" is not a valid value, and it is required",
        "p.xml /t:r/t:a: more than 2 in t:r",
      ])
    let missing = try filtered("<t:a/><t:d/>")
    XCTAssertEqual(missing.leftOut, ["p.xml /t:r/t:a: it lacks the required attribute t:n"])
  }

  func testOneAlternativeOfAChoiceUnknownElementsAndStrayText() throws {
    let r = try filtered("<t:c/><t:b/><t:zz/>text<t:d/>")
    XCTAssertEqual(r.xml, "<t:c/><t:d/>")
    XCTAssertEqual(
      r.leftOut,
      [
        "p.xml /t:r/t:b: the schema allows only one of its alternatives here",
        "p.xml /t:r/t:zz: not allowed in t:r",
        "p.xml /t:r: text \"text\" where the schema allows none",
      ])
  }

  func testAMissingRequiredChildLeavesTheElementOut() throws {
    let r = try filtered("<t:a t:n=\"1\"/>")
    XCTAssertFalse(r.kept)
    XCTAssertEqual(r.leftOut, ["p.xml /t:r: it lacks the required t:d"])
  }

  func testAMalformedTableIsRefused() throws {
    XCTAssertThrowsError(try XMLSchemaTable(text: Self.table([["N", "t"]])))
    XCTAssertThrowsError(try XMLSchemaTable(text: Self.table([["R", "r", "5"]])))
    XCTAssertThrowsError(try XMLSchemaTable(text: Self.table([["K", "or", "3"]])), "a check that is not there")
    XCTAssertThrowsError(
      try XMLSchemaTable(text: Self.table([["T", "-", "0", "0", "-"], ["C", "x", "9", "0", "1", "0", "0", "0"]])))
  }

  /// `k` must hold one of `x` or `y` (a required choice); `s` is a style whose `f` says its
  /// kind: "para" styles may hold `p` and `t`, "text" styles only `t`.
  static let kinds = table([
    ["N", "t", "urn:t"], ["O", "0"], ["R", "t:k", "0"], ["R", "t:s", "2"],
    ["K", "enum", "para", "text", "."], ["K", "any"],
    ["T", "-", "0", "0", "-"], ["C", "t:x", "1", "0", "-1", "0", "1", "0"],
    ["C", "t:y", "1", "0", "-1", "0", "1", "1"],
    ["G", "1", "1", "0"],
    ["T", "-", "0", "0", "-"],
    ["T", "-", "1", "0", "-"], ["A", "t:f", "0", "1"], ["A", "t:indent", "1", "0"],
    ["C", "t:p", "1", "0", "1", "0", "0", "0"], ["C", "t:t", "1", "0", "1", "0", "0", "0"],
    ["V", "t:f"], ["W", "para", "t:p:0,t:t:1", "t:f,t:indent"], ["W", "text", "t:t:0", "t:f"],
  ])

  private func kinds(_ source: String) throws -> (xml: String, leftOut: [String], kept: Bool) {
    var copier = XMLCopier(prefixes: ["urn:t": "t"])
    var element = try XCTUnwrap(copier.element(try XCTUnwrap(try SafeXMLDocument(Data(source.utf8), name: "p").root)))
    var filter = XMLSchemaFilter(table: try XMLSchemaTable(text: Self.kinds), part: "p.xml") { _ in false }
    let kept = filter.filterRoot(&element)
    var xml = XMLWriter()
    copier.write(element.children, into: &xml)
    return (String(decoding: xml.bytes, as: UTF8.self), filter.leftOut, kept)
  }

  func testARequiredChoiceNeedsOneOfItsAlternatives() throws {
    XCTAssertTrue(try kinds("<t:k xmlns:t=\"urn:t\"><t:y/><t:x/></t:k>").kept, "a choice that repeats takes both")
    let r = try kinds("<t:k xmlns:t=\"urn:t\"><t:z/></t:k>")
    XCTAssertFalse(r.kept)
    XCTAssertEqual(
      r.leftOut, ["p.xml /t:k/t:z: not allowed in t:k", "p.xml /t:k: it lacks the required one of t:x, t:y"])
  }

  func testAStyleKeepsWhatItsKindAllows() throws {
    let text = try kinds("<t:s xmlns:t=\"urn:t\" t:f=\"text\" t:indent=\"2\"><t:p/><t:t/></t:s>")
    XCTAssertEqual(text.xml, "<t:t/>")
    XCTAssertEqual(
      text.leftOut,
      [
        "p.xml /t:s/@t:indent: not an attribute where t:f is \"text\"",
        "p.xml /t:s/t:p: not allowed where t:f is \"text\"",
      ])
    let para = try kinds("<t:s xmlns:t=\"urn:t\" t:f=\"para\" t:indent=\"2\"><t:t/><t:t/><t:p/></t:s>")
    XCTAssertEqual(para.xml, "<t:p/><t:t/>")
    XCTAssertEqual(para.leftOut, ["p.xml /t:s/t:t: more than 1 in t:s"])
  }
}
