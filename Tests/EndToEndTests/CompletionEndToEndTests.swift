import Foundation
import TestSupport
import XCTest

/// Shell completions and the man page come from the same definitions as the parser: they list
/// every format and option, complete Markdown files for inputs and `--answers`, and .docx/.odt
/// for `--reference-doc`. Each shell runs its real completion machinery where it is installed.
final class CompletionEndToEndTests: XCTestCase {
  /// A folder with one file of each kind to complete.
  func filesToComplete() throws -> Workspace {
    let ws = Workspace()
    for name in ["prep.md", "notes.markdown", "todo.txt", "style.docx", "style.odt", "sub/x.md"] {
      try ws.write(name, "x")
    }
    return ws
  }

  func formatNames() throws -> [String] {
    try FormatList.read().names
  }

  func testBashCompletesFormatsOptionsAndFilesByKind() throws {
    guard let bash = Command.which("bash") else { throw XCTSkip("bash missing") }
    let ws = try filesToComplete()
    defer { ws.remove() }
    let script = try Command.prepexport(["--generate-completion-script", "bash"])
    XCTAssertEqual(script.status, 0)
    try ws.write("completion.bash", script.stdout)
    // Bash calls the function with the command, the current word and the one before it.
    let driver = """
      source ./completion.bash
      complete_line() {
        COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
        read -ra COMP_WORDS <<< "$COMP_LINE"
        [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMPREPLY=()
        _prepexport prepexport "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}" | sort | tr '\\n' ' '; echo
      }
      complete_line "prepexport "
      complete_line "prepexport c"
      complete_line "prepexport docx "
      complete_line "prepexport cards prep.md --answers "
      complete_line "prepexport odt --reference-doc "
      complete_line "prepexport docx --re"
      complete_line "prepexport all --each "
      """
    try ws.write("driver.bash", driver)
    let r = try Command.run(bash, ["driver.bash"], in: ws.folder)
    XCTAssertEqual(r.status, 0, r.stderr)
    let lines = r.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.split(separator: " ").map(String.init)
    }
    let commands = try CommandDescription().names
    XCTAssertEqual(Set(lines[0]), Set(commands + ["--version", "-h", "--help"]))
    XCTAssertEqual(lines[1], ["cards", "cards-pdf", "check"])
    XCTAssertEqual(lines[2], ["notes.markdown", "prep.md", "sub"])
    XCTAssertEqual(lines[3], ["notes.markdown", "prep.md", "sub"])
    XCTAssertEqual(lines[4], ["style.docx", "style.odt", "sub"])
    XCTAssertEqual(lines[5], ["--reference-doc", "--review"])
    XCTAssertEqual(lines[6], ["notes.markdown", "prep.md", "sub"])
  }

  func testFishCompletesFormatsAndFilesByKind() throws {
    guard let fish = Command.which("fish") else { throw XCTSkip("fish missing (make test-deps installs it)") }
    let ws = try filesToComplete()
    defer { ws.remove() }
    try ws.write("completion.fish", try Command.prepexport(["--generate-completion-script", "fish"]).stdout)
    func complete(_ line: String) throws -> [String] {
      let r = try Command.run(
        fish, ["--no-config", "-c", "source completion.fish; complete -C '\(line)'"], in: ws.folder)
      XCTAssertEqual(r.status, 0, r.stderr)
      return r.stdoutText.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }.sorted()
    }
    let commands = try complete("prepexport ")
    for name in try formatNames() + ["all", "check", "watch", "init"] { XCTAssertTrue(commands.contains(name), name) }
    XCTAssertEqual(try complete("prepexport docx "), ["notes.markdown", "prep.md", "sub/"])
    XCTAssertEqual(try complete("prepexport docx --answers "), ["notes.markdown", "prep.md", "sub/"])
    XCTAssertEqual(try complete("prepexport docx --reference-doc "), ["style.docx", "style.odt", "sub/"])
    XCTAssertTrue(try complete("prepexport cards --").contains("--size"))
  }

  /// zsh's completion system needs an interactive shell to drive; the script is checked for
  /// syntax by zsh itself and for what it offers.
  func testZshScriptParsesAndOffersTheSame() throws {
    let script = try Command.prepexport(["--generate-completion-script", "zsh"]).stdoutText
    for name in try formatNames() { XCTAssertTrue(script.contains("'\(name):"), name) }
    XCTAssertTrue(script.contains(#"'*:inputs:_files -g '\''*.md *.markdown'\'''"#), "Markdown inputs")
    XCTAssertTrue(script.contains(#":file:_files -g '\''*.docx *.odt'\'''"#), "reference documents")
    guard let zsh = Command.which("zsh") else { throw XCTSkip("zsh missing (make test-deps installs it)") }
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("_prepexport", script)
    let r = try Command.run(zsh, ["-n", "_prepexport"], in: ws.folder)
    XCTAssertEqual(r.status, 0, r.stderr)
  }

  /// docs/man/prepexport.1 (made by `make man` with swift-argument-parser's generator) holds
  /// every command and option the binary has: a command or option added without regenerating
  /// the page fails here.
  func testTheManPageListsEveryCommandAndOption() throws {
    let page = try String(
      contentsOf: Paths.packageRoot.appendingPathComponent("docs/man/prepexport.1"), encoding: .utf8)
    let dump = try Command.prepexport(["--experimental-dump-help"])
    let root = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])?["command"] as? [String: Any])
    let commands = try XCTUnwrap(root["subcommands"] as? [[String: Any]])
    XCTAssertGreaterThan(commands.count, 5)
    for command in commands {
      let name = try XCTUnwrap(command["commandName"] as? String)
      if name == "help" { continue }
      XCTAssertTrue(page.contains(".It Em \(name)\n"), "the page lacks the command \(name): run make man")
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        for spelling in argument["names"] as? [[String: String]] ?? [] {
          let flag = spelling["kind"] == "long" ? "Fl -\(spelling["name"]!)" : "Fl \(spelling["name"]!)"
          XCTAssertTrue(page.contains(flag), "\(name): the page lacks \(flag): run make man")
        }
      }
    }
    try assertPageIsTheGeneratorsOutput(page)
    guard let man = Command.which("man") else { throw XCTSkip("man missing: the page's markup is not checked") }
    let file = Paths.packageRoot.appendingPathComponent("docs/man/prepexport.1").path
    let rendered = try Command.run(man, ["--warnings", "-l", file], environment: ["MANWIDTH": "100"])
    XCTAssertEqual(rendered.status, 0)
    XCTAssertEqual(rendered.stderr, "", "mdoc warnings")
    XCTAssertTrue(rendered.stdoutText.contains("--reference-doc"), rendered.stdoutText)
  }

  /// When the generator has been built (by `make man`), the committed page is exactly what it
  /// makes from the binary now, with the page's own date.
  func assertPageIsTheGeneratorsOutput(_ page: String) throws {
    let tool = Paths.binary.deletingLastPathComponent().appendingPathComponent("generate-manual-tool")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
      print("generate-manual-tool not built (make man builds it): the page is checked by name only")
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "MMMM d, yyyy"
    let line = try XCTUnwrap(page.split(separator: "\n").first { $0.hasPrefix(".Dd ") })
    let date = try XCTUnwrap(formatter.date(from: String(line.dropFirst(4))))
    formatter.dateFormat = "yyyy-MM-dd"
    let made = try Command.run(tool.path, [Paths.binary.path, "--date", formatter.string(from: date), "-o", "-"])
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertEqual(
      made.stdoutText.trimmingCharacters(in: .newlines), page.trimmingCharacters(in: .newlines),
      "docs/man/prepexport.1 is out of date: run make man")
  }
}
