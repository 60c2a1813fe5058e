import ExportKit
import Foundation
import XCTest

/// The schema filter on a small table written here: `r` holds up to two `a` then one of `b`
/// or `c` (an exclusive choice), then a required `d`; `a` has a required integer `n` from 0 to
/// 18446744073709551615 and an optional length `len`.
final class XMLSchemaFilterTests: XCTestCase {
  static let table = """
    {"namespaces":{"t":"urn:t"},"ordered":true,"roots":{"t:r":0},
     "types":[
      {"a":{},"c":{"t:a":[1,0,2,0,0,0],"t:b":[2,1,1,0,1,0],"t:c":[2,1,1,0,1,1],"t:d":[2,2,1,1,0,0]},"g":{"1":[0,1]}},
      {"a":{"t:n":[0,1],"t:len":[1,0]},"c":{}},
      {"a":{},"c":{}}],
     "checks":[{"k":"int","min":"0","max":"18446744073709551615"},
               {"k":"re","p":"-?([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)((cm)|(mm)|(in)|(pt)|(pc)|(px))"}]}
    """

  private func filtered(_ body: String) throws -> (xml: String, leftOut: [String], kept: Bool) {
    let source = "<t:r xmlns:t=\"urn:t\">\(body)</t:r>"
    var copier = XMLCopier(prefixes: ["urn:t": "t"])
    var element = try XCTUnwrap(copier.element(try XCTUnwrap(try SafeXMLDocument(Data(source.utf8), name: "p").root)))
    var filter = XMLSchemaFilter(table: try XMLSchemaTable(json: Self.table), part: "p.xml") { _ in false }
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

  func testTheGeneratedTablesRead() throws {
    // A malformed table is refused rather than trusted.
    XCTAssertThrowsError(try XMLSchemaTable(json: "{\"namespaces\":{}}"))
    XCTAssertThrowsError(
      try XMLSchemaTable(json: #"{"namespaces":{},"roots":{"r":5},"types":[],"checks":[]}"#))
  }

  /// `k` must hold one of `x` or `y` (a required choice); `s` is a style whose `f` says its
  /// kind: "para" styles may hold `p` and `t`, "text" styles only `t`.
  static let kinds = """
    {"namespaces":{"t":"urn:t"},"ordered":false,"roots":{"t:k":0,"t:s":2},
     "types":[
      {"a":{},"c":{"t:x":[1,0,-1,0,1,0],"t:y":[1,0,-1,0,1,1]},"g":{"1":[1,0]}},
      {"a":{},"c":{}},
      {"a":{"t:f":[0,1],"t:indent":[1,0]},"c":{"t:p":[1,0,1,0,0,0],"t:t":[1,0,1,0,0,0]},
       "o":1,"v":{"attribute":"t:f","cases":{"para":{"c":{"t:p":0,"t:t":1},"a":["t:f","t:indent"]},"text":{"c":{"t:t":0},"a":["t:f"]}}}}],
     "checks":[{"k":"enum","v":["para","text"]},{"k":"any"}]}
    """

  private func kinds(_ source: String) throws -> (xml: String, leftOut: [String], kept: Bool) {
    var copier = XMLCopier(prefixes: ["urn:t": "t"])
    var element = try XCTUnwrap(copier.element(try XCTUnwrap(try SafeXMLDocument(Data(source.utf8), name: "p").root)))
    var filter = XMLSchemaFilter(table: try XMLSchemaTable(json: Self.kinds), part: "p.xml") { _ in false }
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
