import Foundation
import TestSupport
import XCTest

/// `prepexport watch`: the real binary is started, the files are saved as editors save them
/// (a new file renamed over the old one; a write in place), each save gives one more line and
/// the new output, and SIGINT (Ctrl-C) stops it with status 0 and no temporary file left.
final class WatchEndToEndTests: XCTestCase {
  func testInotify() throws { try watchAndEdit(mode: []) }

  func testPolling() throws { try watchAndEdit(mode: ["--poll"]) }

  func watchAndEdit(mode: [String]) throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## First topic\n\n- first point\n")
    try ws.write("answers.md", "# First topic\n\nmy first answer\n")
    let watch = try RunningCommand(
      ["watch", "prep.md", "--answers", "answers.md", "cards", "docx"] + mode, in: ws.folder)
    defer { watch.kill() }
    let cards = ws.folder.appendingPathComponent("Output/prep.cards.txt")
    func cardsText() throws -> String { try String(contentsOf: cards, encoding: .utf8) }

    let first = try watch.waitForLines(1)
    XCTAssertTrue(try cardsText().contains("First topic"))
    // Saved as vim, VS Code and most editors save: a new file renamed over the old one.
    try ws.write(".prep.md.swp", "# Prep\n\n## Second topic\n\n- second point\n")
    try FileManager.default.removeItem(at: ws.folder.appendingPathComponent("prep.md"))
    try FileManager.default.moveItem(
      at: ws.folder.appendingPathComponent(".prep.md.swp"), to: ws.folder.appendingPathComponent("prep.md"))
    _ = try watch.waitForLines(2)
    let second = try cardsText()
    XCTAssertTrue(second.contains("Second topic"), second)
    // Saved in place: the answer matches the new topic again.
    try ws.write("answers.md", "# Second topic\n\nmy second answer\n")
    _ = try watch.waitForLines(3)
    let third = try cardsText()
    XCTAssertTrue(third.contains("my second answer"), third)
    // A broken save is reported and waited out; the next good save exports again.
    try ws.write("prep.md", Data([0x23, 0x20, 0xFF, 0x0A]))
    try watch.waitForError("(waiting for the next save)")
    try ws.write("prep.md", "# Prep\n\n## Third topic\n\n- third point\n")
    let lines = try watch.waitForLines(4)

    let status = try watch.interrupt()
    XCTAssertEqual(status, 0, watch.stderr)
    for line in lines {
      XCTAssertNotNil(
        line.range(
          of: #"^\d\d:\d\d:\d\d cards, docx: Output/prep\.cards\.txt, Output/prep\.docx$"#, options: .regularExpression),
        line)
    }
    XCTAssertEqual(first, [lines[0]])
    XCTAssertTrue(watch.stderr.hasPrefix("watching prep.md, answers.md (Ctrl-C stops)\n"), watch.stderr)
    XCTAssertTrue(
      watch.stderr.contains(
        "prepexport: error: prep.md:1:3: invalid UTF-8 (byte 0xFF at byte offset 2); save the file "
          + "as UTF-8 (waiting for the next save)\n"), watch.stderr)
    XCTAssertTrue(
      watch.stderr.contains("prepexport: warning: answers.md:1:1: answer heading \"Second topic\" matches no topic"),
      "the answers were read again on the prep's save")
    XCTAssertTrue(try cardsText().contains("Third topic"))
    XCTAssertEqual(ws.files.filter { $0.contains(".tmp-") }, [])
    try assertValidOffice(try Data(contentsOf: ws.folder.appendingPathComponent("Output/prep.docx")), "prep.docx")
  }

  func testWatchNeedsFiles() throws {
    let ws = Workspace()
    defer { ws.remove() }
    let missing = try ws.run(["watch", "prep.md", "docx"])
    XCTAssertEqual(missing.status, 1)
    XCTAssertEqual(missing.stderr, "prepexport: error: prep.md: no such file\n")
    let r = try ws.run(["watch", "docx"])
    XCTAssertEqual(r.status, 64)
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: no input: name your prep notes in Markdown, as in: prepexport watch prep.md --answers "
        + "answers.md; no notes yet? prepexport init writes starter files here\n")
  }
}

/// The binary running in the background, its output collected as it comes.
final class RunningCommand: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var out = Data()
  private var err = Data()
  /// Long enough for a loaded machine; only a hang reaches it.
  let patience: TimeInterval = 120

  init(_ arguments: [String], in folder: URL) throws {
    process.executableURL = Paths.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = FileHandle.nullDevice
    outPipe.fileHandleForReading.readabilityHandler = { [unowned self] handle in
      let data = handle.availableData
      lock.withLock { out.append(data) }
    }
    errPipe.fileHandleForReading.readabilityHandler = { [unowned self] handle in
      let data = handle.availableData
      lock.withLock { err.append(data) }
    }
    try process.run()
  }

  var stdoutLines: [String] {
    lock.withLock { String(decoding: out, as: UTF8.self) }.split(separator: "\n").map(String.init)
  }

  var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

  /// Waits until stdout holds `count` lines.
  func waitForLines(_ count: Int) throws -> [String] {
    try wait("\(count) lines on stdout") { self.stdoutLines.count >= count }
    return stdoutLines
  }

  func waitForError(_ text: String) throws {
    try wait(text) { self.stderr.contains(text) }
  }

  private func wait(_ what: String, _ done: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(patience)
    while !done() {
      guard process.isRunning else { throw Failure("exited while waiting for \(what): \(stderr)") }
      guard Date() < deadline else { throw Failure("still waiting for \(what): \(stdoutLines) \(stderr)") }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// Sends SIGINT and returns the exit status.
  func interrupt() throws -> Int32 {
    process.interrupt()
    process.waitUntilExit()
    Thread.sleep(forTimeInterval: 0.1)  // the last output reaches the handlers
    XCTAssertEqual(process.terminationReason, .exit, "ended by its own exit, not by the signal")
    return process.terminationStatus
  }

  func kill() {
    if process.isRunning { process.terminate() }
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
