import ExportKit
import Foundation
import TestSupport
import XCTest

/// `--reference-doc` through the real binary: files that are not reference documents are
/// refused before they are read, and what a reference loses is printed as warnings.
final class ReferenceDocEndToEndTests: XCTestCase {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  private func reference(section: String, fontTable: String? = nil) throws -> Data {
    var zip = ZipPackager(date: fixedDate)
    zip.add(
      "word/document.xml",
      Data("<w:document xmlns:w=\"\(Self.w)\"><w:body><w:sectPr>\(section)</w:sectPr></w:body></w:document>".utf8))
    zip.add("word/styles.xml", Data("<w:styles xmlns:w=\"\(Self.w)\"/>".utf8))
    if let fontTable { zip.add("word/fontTable.xml", Data(fontTable.utf8)) }
    return try zip.archive()
  }

  private func assertRefused(_ reference: String, prepare: (Workspace) throws -> Void, _ expected: String) throws {
    for format in ["docx", "odt"] {
      let ws = Workspace()
      defer { ws.remove() }
      try ws.write("p.md", "# T\n\nx\n")
      try prepare(ws)
      let before = ws.files
      let r = try ws.run([format, "p.md", "--reference-doc", reference, "-o", "out.\(format)"])
      XCTAssertEqual(r.status, 1, r.stderr)
      XCTAssertEqual(r.stderr, "prepexport: error: \(expected)\n")
      XCTAssertEqual(ws.files, before, "nothing written")
    }
  }

  func testADirectoryIsNotAReferenceDocument() throws {
    try assertRefused(
      "looks",
      prepare: {
        try FileManager.default.createDirectory(
          at: $0.folder.appendingPathComponent("looks"), withIntermediateDirectories: true)
      },
      "looks: is a directory, not a .docx/.odt reference document")
  }

  func testAMissingReferenceDocument() throws {
    try assertRefused("nope.docx", prepare: { _ in }, "nope.docx: no such file")
  }

  func testA3GBReferenceIsRefusedByItsSizeBeforeItIsRead() throws {
    try assertRefused(
      "huge.docx",
      prepare: { ws in
        let url = ws.folder.appendingPathComponent("huge.docx")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
      }, "huge.docx: refused: the file is 3072 MB, over the 256 MB a reference document may have")
  }

  func testWhatAReferenceLosesIsPrintedAsWarnings() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("p.md", "# T\n\nx\n")
    try ws.write(
      "ref.docx",
      try reference(
        section: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"720\" w:left=\"-1\" w:right=\"nan\"/>"))
    let r = try ws.run(["docx", "p.md", "--reference-doc", "ref.docx", "-o", "out.docx"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(
      r.stderr,
      """
      prepexport: warning: ref.docx: left out word/document.xml w:pgMar w:right="nan": not a margin Word allows (0 to 22 inches); 1247 twips used
      prepexport: warning: ref.docx: left out word/document.xml w:pgMar w:left="-1": not a margin Word allows (0 to 22 inches); 1247 twips used
      wrote out.docx

      """)
    try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("out.docx")), "out.docx")
  }

  /// The probe's case: a comment after the font table's root holding `</x>`, and a font named
  /// with `--`, made a corrupt DOCX with exit status 0.
  func testAFontNamedWithDoubleHyphensAndACommentAfterTheRoot() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("p.md", "---\nfonts: { latin: Evil--Font }\n---\n# T\n\nx\n")
    try ws.write(
      "ref.docx",
      try reference(
        section: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        fontTable: "<w:fonts xmlns:w=\"\(Self.w)\"><w:font w:name=\"Georgia\"/></w:fonts><!-- </x> -->"))
    let r = try ws.run(["docx", "p.md", "--reference-doc", "ref.docx", "-o", "out.docx"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stderr, "wrote out.docx\n")
    let data = try Data(contentsOf: ws.folder.appendingPathComponent("out.docx"))
    try assertValidOffice(data, "out.docx")
    let fonts = try Package(data).xml("word/fontTable.xml").select(
      "//w:font/@w:name", namespaces: ["w": Self.w]
    ).map(\.text)
    XCTAssertEqual(fonts, ["Georgia", "Evil--Font", "Microsoft YaHei", "Consolas"])
  }
}
