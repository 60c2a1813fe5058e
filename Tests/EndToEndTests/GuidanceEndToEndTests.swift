import Foundation
import TestSupport
import XCTest

/// A command line that guides: mistyped commands and options get the closest name, a file
/// given without a command gets the command, `help FORMAT`, `--version` everywhere, and a
/// helpful line for no input on a terminal. Usage errors exit 64 and write nothing.
final class GuidanceEndToEndTests: XCTestCase {
  func assertUsageError(
    _ arguments: [String], _ message: String, in ws: Workspace? = nil, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let r = try ws?.run(arguments) ?? Command.prepexport(arguments)
    XCTAssertEqual(r.status, 64, "\(arguments)", file: file, line: line)
    XCTAssertEqual(r.stderr, "prepexport: error: " + message + "\n", file: file, line: line)
    XCTAssertEqual(r.stdout.count, 0, file: file, line: line)
  }

  func testMistypedCommandsGetTheClosestName() throws {
    for (typed, meant) in [("docs", "docx"), ("dcox", "docx"), ("card", "cards"), ("chekc", "check")] {
      try assertUsageError(
        [typed, "prep.md"], "unknown command '\(typed)'; did you mean '\(meant)'? See 'prepexport --help'.")
    }
    try assertUsageError(["help", "dcox"], "unknown command 'dcox'; did you mean 'docx'? See 'prepexport --help'.")
    try assertUsageError(
      ["--docx", "prep.md"],
      "unknown option '--docx'; did you mean the command 'prepexport docx'? See 'prepexport --help'.")
    let names = try CommandDescription().names
    XCTAssertTrue(names.starts(with: ["docx", "odt"]) && names.contains("watch"), "\(names)")
    try assertUsageError(
      ["render"],
      "unknown command 'render'; the commands are \(names.joined(separator: ", ")). See 'prepexport --help'.")
  }

  func testAFileWithoutACommandGetsTheCommand() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("给王老师 prep.md", "# A\n")
    try assertUsageError(
      ["给王老师 prep.md", "--toc"],
      "'给王老师 prep.md' is not a command; name the format first (docx, odt, pdf, cards, cards-pdf, anki, or all for every one): "
        + "prepexport docx '给王老师 prep.md' --toc", in: ws)
    XCTAssertEqual(ws.files, ["给王老师 prep.md"])
  }

  func testMistypedOptionsGetTheClosestOptionOfThatCommand() throws {
    let cases: [([String], String)] = [
      (
        ["docx", "prep.md", "--output", "x.docx"], "unknown option '--output' for 'prepexport docx'; did you mean '-o'?"
      ),
      (["cards", "prep.md", "--out", "x.txt"], "unknown option '--out' for 'prepexport cards'; did you mean '-o'?"),
      (["all", "prep.md", "--out", "x"], "unknown option '--out' for 'prepexport all'; did you mean '--out-dir'?"),
      (
        ["odt", "--refrence-doc", "my.odt"],
        "unknown option '--refrence-doc' for 'prepexport odt'; did you mean '--reference-doc'?"
      ),
      (
        ["docx", "--lang=zh-CN", "--anwsers", "a.md"],
        "unknown option '--anwsers' for 'prepexport docx'; did you mean '--answers'?"
      ),
      (["check", "--jsno"], "unknown option '--jsno' for 'prepexport check'; did you mean '--json'?"),
      (["docx", "--colour"], "unknown option '--colour' for 'prepexport docx'."),
    ]
    for (arguments, message) in cases {
      try assertUsageError(arguments, message + " See 'prepexport help \(arguments[0])'.")
    }
    let owners = try CommandDescription().owners(of: "--toc")
    XCTAssertTrue(owners.starts(with: ["docx", "odt"]) && owners.contains("all"), "\(owners)")
    try assertUsageError(
      ["cards", "prep.md", "--toc"],
      "'prepexport cards' has no option '--toc'; it is an option of \(owners.joined(separator: ", ")). "
        + "See 'prepexport help cards'.")
  }

  /// What the guide has no better word on is left to the parser's own message: a missing
  /// value (a name starting with `--` after `-o` is read as an option, as swift-argument-parser
  /// reads it), a bad value.
  func testOtherErrorsAreLeftToTheParser() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# T\n\n## A\n\n- x\n")
    let missing = try ws.run(["cards", "prep.md", "-o", "--weird.txt"])
    XCTAssertEqual(missing.status, 64)
    XCTAssertTrue(missing.stderr.hasPrefix("Error: Missing value for '-o <path>'\n"), missing.stderr)
    let bad = try ws.run(["cards", "prep.md", "--size", "huge"])
    XCTAssertEqual(bad.status, 64)
    XCTAssertTrue(bad.stderr.hasPrefix("Error: The value 'huge' is invalid for '--size <size>'"), bad.stderr)
    XCTAssertEqual(ws.files, ["prep.md"])
  }

  func testHelpForAFormatShowsThatFormat() throws {
    let docx = try Command.prepexport(["help", "docx"])
    XCTAssertEqual(docx.status, 0)
    XCTAssertTrue(docx.stdoutText.hasPrefix("OVERVIEW: Word document"), docx.stdoutText)
    XCTAssertTrue(docx.stdoutText.contains("USAGE: prepexport docx [<inputs> ...] [--answers <file>]"), docx.stdoutText)
    XCTAssertTrue(docx.stdoutText.contains("--reference-doc <file>"))
    let cards = try Command.prepexport(["help", "cards"])
    XCTAssertTrue(cards.stdoutText.contains("--size <size>") && !cards.stdoutText.contains("--toc"), cards.stdoutText)
  }

  func testVersionOnEveryCommand() throws {
    let formats = try FormatList.read().names
    XCTAssertFalse(formats.isEmpty)
    for command in formats + ["all", "check", "watch", "formats", "init"] {
      let r = try Command.prepexport([command, "--version"])
      XCTAssertEqual(r.status, 0, command)
      XCTAssertEqual(r.stdoutText, "0.1.0\n", command)
    }
  }

  /// On a terminal (a pseudo-terminal from util-linux's `script`), a reading command with no
  /// input says what to type, with the Markdown files that are there.
  func testNoInputOnATerminalSaysWhatToType() throws {
    guard let script = Command.which("script") else {
      throw XCTSkip("util-linux `script` missing: no terminal to test with")
    }
    let ws = Workspace()
    defer { ws.remove() }
    func screen(_ command: String) throws -> String {
      let r = try Command.run(
        script, ["-qec", "\(Paths.binary.path) \(command); echo \"status=$?\"", "/dev/null"], in: ws.folder,
        environment: ["NO_COLOR": "1"])
      return r.stdoutText.replacingOccurrences(of: "\r\n", with: "\n")
    }
    XCTAssertEqual(
      try screen("check"),
      "prepexport: error: no input: name your prep notes in Markdown (or pipe them in), as in: "
        + "prepexport check prep.md --answers answers.md; no notes yet? prepexport init writes starter files here\n"
        + "status=64\n")
    try ws.write("面试准备.md", "# A\n")
    try ws.write("my-answers.md", "# A\n")
    XCTAssertEqual(
      try screen("docx"),
      "prepexport: error: no input: name your prep notes (or pipe them in): "
        + "prepexport docx 面试准备.md --answers my-answers.md\nstatus=64\n")
    XCTAssertFalse(ws.files.contains { $0.hasPrefix("Output") })
  }
}
