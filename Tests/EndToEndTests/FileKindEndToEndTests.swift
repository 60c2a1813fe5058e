import Foundation
import TestSupport
import XCTest

/// Inputs and outputs checked by content and name (SPEC §4): a document given as Markdown is
/// refused in one line saying what to run instead (exit 1); an output name that says another
/// format is refused with the command that writes it (exit 64). Nothing is written.
final class FileKindEndToEndTests: XCTestCase {
  func testADocumentGivenAsMarkdownSaysWhatToRun() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\n- because\n")
    XCTAssertEqual(try ws.run(["docx", "prep.md", "-o", "给王老师.docx"]).status, 0)
    XCTAssertEqual(try ws.run(["odt", "prep.md", "-o", "reviewed.odt"]).status, 0)
    try ws.write("notes.pdf", Data("%PDF-1.4\n1 0 obj\n".utf8))
    try ws.write("old.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)))
    try ws.write("utf16.md", Data([0xFF, 0xFE] + Array("# 标题".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
    let before = ws.files
    let cases: [([String], String)] = [
      (
        ["docx", "给王老师.docx"],
        "给王老师.docx is a Word document (DOCX), not Markdown; to read a mentor's comments and changes from it, "
          + "run: prepexport feedback 给王老师.docx"
      ),
      (
        ["cards", "prep.md", "--answers", "reviewed.odt"],
        "--answers reviewed.odt is an OpenDocument text (ODT), not Markdown; to read a mentor's comments and "
          + "changes from it, run: prepexport feedback reviewed.odt"
      ),
      (
        ["check", "notes.pdf"],
        "notes.pdf is a PDF, not Markdown; give the Markdown notes it was made from (prep.md); "
          + "prepexport init writes a starter"
      ),
      (
        ["all", "old.doc"],
        "old.doc is an old Office document (Word 97–2003 .doc or similar), not Markdown; open it in Word or "
          + "LibreOffice and save it as .docx (then run: prepexport feedback on it), or save your notes as Markdown (.md)"
      ),
      (
        ["odt", "utf16.md"],
        "utf16.md is UTF-16 text, not UTF-8; save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
      ),
    ]
    for (arguments, message) in cases {
      let r = try ws.run(arguments)
      XCTAssertEqual(r.status, 1, "\(arguments)")
      XCTAssertEqual(r.stderr, "prepexport: error: \(message)\n")
    }
    let piped = try ws.run(
      ["docx", "-o", "-"], stdin: try Data(contentsOf: ws.folder.appendingPathComponent("给王老师.docx")))
    XCTAssertEqual(piped.status, 1)
    XCTAssertTrue(piped.stderr.hasPrefix("prepexport: error: <stdin> is a Word document (DOCX), not Markdown"))
    XCTAssertEqual(piped.stdout.count, 0)
    XCTAssertEqual(ws.files, before, "nothing written")
  }

  func testAnOutputNamedForAnotherFormatIsRefused() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\n- because\n")
    let cases: [([String], String)] = [
      (
        ["docx", "prep.md", "-o", "out.odt", "--toc"],
        "-o out.odt: .odt is the extension of odt files, but 'prepexport docx' writes .docx files; name the file "
          + "out.docx, or run: prepexport odt prep.md -o out.odt --toc"
      ),
      (
        ["docx", "prep.md", "-o", "out.epub"],
        "-o out.epub: a .epub name promises an EPUB book, but 'prepexport docx' writes .docx files; name the file "
          + "out.docx"
      ),
      (
        ["cards", "prep.md", "-o", "prep.md"],
        "-o prep.md: a .md name promises Markdown, but 'prepexport cards' writes .cards.txt files; name the file prep.txt"
      ),
      (
        ["odt", "prep.md", "-o", "for mentor.txt"],
        "-o 'for mentor.txt': .txt is the extension of cards files, but 'prepexport odt' writes .odt files; name "
          + "the file 'for mentor.odt' ('prepexport anki' also writes .txt files), or run: "
          + "prepexport cards prep.md -o 'for mentor.txt'"
      ),
    ]
    for (arguments, message) in cases {
      let r = try ws.run(arguments)
      XCTAssertEqual(r.status, 64, "\(arguments)")
      XCTAssertEqual(r.stderr, "prepexport: error: \(message)\n")
    }
    // A PDF name: the PDF format's command when one is registered, else what the name promises.
    let pdf = try ws.run(["docx", "prep.md", "-o", "out.pdf"])
    XCTAssertEqual(pdf.status, 64)
    let pdfWriter = try FormatList.read().lines.first { $0.contains(".pdf ") }
    if let writer = pdfWriter?.split(separator: " ").first {
      XCTAssertTrue(pdf.stderr.hasSuffix(", or run: prepexport \(writer) prep.md -o out.pdf\n"), pdf.stderr)
    } else {
      XCTAssertEqual(
        pdf.stderr,
        "prepexport: error: -o out.pdf: a .pdf name promises a PDF, but 'prepexport docx' writes .docx files; "
          + "name the file out.docx\n")
    }
    XCTAssertEqual(ws.files, ["prep.md"])
    // Names that fit: the format's own extension in any case, no extension, a shared one.
    for (format, name) in [("docx", "A.DOCX"), ("docx", "mentor-copy"), ("cards", "cards.txt"), ("anki", "deck.txt")] {
      let r = try ws.run([format, "prep.md", "-o", name])
      XCTAssertEqual(r.status, 0, "\(format) -o \(name): \(r.stderr)")
    }
    try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("A.DOCX")), "A.docx")
  }
}
