import XCTest

@testable import prepexport

final class NameSuggestionTests: XCTestCase {
  let commands = ["docx", "odt", "cards", "anki", "all", "check", "watch", "formats", "init", "help"]
  let docxOptions = [
    "--answers", "--lang", "--cjk-font", "--strict", "-o", "--force", "--toc", "--review",
    "--reference-doc", "--version", "-h", "--help",
  ]
  let allOptions = ["--answers", "--lang", "--each", "--out-dir", "--force", "--toc", "--review", "--size", "--border"]

  func testMistypedCommands() {
    for (typed, meant) in [
      ("docs", "docx"), ("dcox", "docx"), ("doc", "docx"), ("card", "cards"), ("crads", "cards"), ("anky", "anki"),
      ("odf", "odt"), ("format", "formats"), ("chek", "check"), ("wacth", "watch"),
    ] {
      XCTAssertEqual(NameSuggestion.closest(to: typed, among: commands), meant, typed)
    }
    for far in ["pdf", "export", "x", "render"] {
      XCTAssertNil(NameSuggestion.closest(to: far, among: commands), far)
    }
  }

  /// Words from other tools find the option that does the job, not the nearest spelling:
  /// `--out` is three edits from `--toc`.
  func testOptionsByMeaning() {
    XCTAssertEqual(NameSuggestion.closest(to: "--output", among: docxOptions), "-o")
    XCTAssertEqual(NameSuggestion.closest(to: "--out", among: docxOptions), "-o")
    XCTAssertEqual(NameSuggestion.closest(to: "--out", among: allOptions), "--out-dir")
    XCTAssertEqual(NameSuggestion.closest(to: "--output-dir", among: allOptions), "--out-dir")
    XCTAssertEqual(NameSuggestion.closest(to: "--output-dir", among: docxOptions), "-o")
    XCTAssertEqual(NameSuggestion.closest(to: "--ouput", among: docxOptions), "-o")
    XCTAssertEqual(NameSuggestion.closest(to: "--template", among: docxOptions), "--reference-doc")
    XCTAssertEqual(NameSuggestion.closest(to: "--language", among: docxOptions), "--lang")
    XCTAssertEqual(NameSuggestion.closest(to: "--overwrite", among: docxOptions), "--force")
  }

  func testOptionsBySpelling() {
    XCTAssertEqual(NameSuggestion.closest(to: "--refrence-doc", among: docxOptions), "--reference-doc")
    XCTAssertEqual(NameSuggestion.closest(to: "--answer", among: docxOptions), "--answers")
    XCTAssertEqual(NameSuggestion.closest(to: "--ans", among: docxOptions), "--answers")
    XCTAssertEqual(NameSuggestion.closest(to: "--stirct", among: docxOptions), "--strict")
    XCTAssertEqual(NameSuggestion.closest(to: "--verison", among: docxOptions), "--version")
    XCTAssertNil(NameSuggestion.closest(to: "--colour", among: docxOptions))
    XCTAssertNil(NameSuggestion.closest(to: "--size", among: docxOptions))
  }

  func testDistanceCountsASwapAsOneEdit() {
    XCTAssertEqual(NameSuggestion.distance("dcox", "docx"), 1)
    XCTAssertEqual(NameSuggestion.distance("kitten", "sitting"), 3)
    XCTAssertEqual(NameSuggestion.distance("", "abc"), 3)
    XCTAssertEqual(NameSuggestion.distance("Docx", "docx"), 0)
  }
}
