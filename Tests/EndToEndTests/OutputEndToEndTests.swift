import Foundation
import TestSupport
import XCTest

/// Where output goes: files, stdout, terminals, interrupted writes.
final class OutputEndToEndTests: XCTestCase {
  func testDefaultOutputFolderAndDashOToStdout() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("notes/prep.md", "# Prep\n\n## Why\n\n- because\n")
    let r = try ws.run(["cards", "notes/prep.md"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stderr, "wrote Output/prep.cards.txt\n")
    XCTAssertEqual(ws.files, ["Output/prep.cards.txt", "notes/prep.md"])
    let piped = try ws.run(["cards", "notes/prep.md", "-o", "-"])
    XCTAssertEqual(piped.stdout, try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.cards.txt")))
    let nested = try ws.run(["cards", "notes/prep.md", "-o", "a/b/c.txt"])
    XCTAssertEqual(nested.status, 0, nested.stderr)
    XCTAssertTrue(ws.files.contains("a/b/c.txt"))
  }

  /// `-o -` with a binary format is refused when stdout is a terminal (a pseudo-terminal from
  /// util-linux's `script` here), and allowed into a pipe.
  func testBinaryFormatToATerminalIsRefused() throws {
    guard let script = Command.which("script") else {
      throw XCTSkip("util-linux `script` missing: no terminal to test with")
    }
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\ntext\n")
    let command = "\(Paths.binary.path) docx prep.md -o -; echo \"status=$?\""
    let r = try Command.run(script, ["-qec", command, "/dev/null"], in: ws.folder)
    let screen = r.stdoutText
    XCTAssertTrue(
      screen.contains(
        "prepexport: error: refusing to write binary docx to a terminal; redirect stdout or choose a file with -o"),
      screen)
    XCTAssertTrue(screen.contains("status=1"), screen)
    XCTAssertFalse(screen.contains("PK"), "no ZIP bytes on the terminal")
    let piped = try ws.run(["docx", "prep.md", "-o", "-"])
    XCTAssertEqual(piped.status, 0)
    XCTAssertTrue(piped.stdout.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    try assertValidOffice(piped.stdout, "piped.docx")
  }

  /// A write interrupted at any moment leaves either the previous file or the complete new
  /// one, and never a temporary file.
  func testAnInterruptedWriteLeavesNoTemporaryFile() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let bank = (0..<4_000).map { "## Topic \($0)\n\n- point one of \($0)\n- point two\n\nSome text here.\n\n" }.joined()
    try ws.write("prep.md", "# Prep\n\n" + bank)
    let previous = Data("previous".utf8)
    for delay in [0.0, 0.02, 0.05, 0.1, 0.2] {
      try ws.write("Output/prep.odt", previous)
      let process = Process()
      process.executableURL = Paths.binary
      process.arguments = ["odt", "prep.md"]
      process.currentDirectoryURL = ws.folder
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      process.terminate()
      process.waitUntilExit()
      XCTAssertEqual(ws.files.filter { $0.contains(".tmp-") }, [], "after \(delay) s")
      let now = try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.odt"))
      if now != previous {
        // Replaced: then it is the whole new package, readable to its last entry.
        let package = try TestSupport.Package(now)
        XCTAssertNotNil(package.archive["content.xml"], "after \(delay) s")
        try assertValidOffice(now, "replaced.odt")
      }
    }
  }
}

/// Large inputs re-execute once with glibc's huge-page tunable; the output must not change.
final class HugePagesEndToEndTests: XCTestCase {
  func testALargeInputGivesTheSameBytesWithAndWithoutTheReexec() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let topics = (0..<10_000).map { "## 主题 \($0)\n\n- 要点 \($0)：推理优化\n- point two of \($0)\n\n" }.joined()
    let big = try ws.write("big.md", "# Bank\n\n" + topics)
    // Over the 512 KB threshold, so that the first run does re-execute.
    XCTAssertGreaterThan(try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? Int ?? 0, 512 * 1024)
    let epoch = ["SOURCE_DATE_EPOCH": "1796000000"]
    let reexec = try ws.run(["docx", "big.md", "-o", "a.docx"], environment: epoch)
    // A GLIBC_TUNABLES already set means no re-exec.
    let direct = try ws.run(
      ["docx", "big.md", "-o", "b.docx"], environment: epoch.merging(["GLIBC_TUNABLES": "glibc.malloc.check=0"]) { $1 })
    XCTAssertEqual(reexec.status, 0, reexec.stderr)
    XCTAssertEqual(direct.status, 0, direct.stderr)
    XCTAssertEqual(reexec.stderr, "wrote a.docx\n")
    try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("a.docx")), "a.docx")
    XCTAssertEqual(
      try Data(contentsOf: ws.folder.appendingPathComponent("a.docx")),
      try Data(contentsOf: ws.folder.appendingPathComponent("b.docx")))
  }
}
