import Foundation
import TestSupport
import XCTest

/// A write that fails says why and what to do: permission, a full disk, a read-only file
/// system, a file where a folder should be. Exit 1, and the previous file (if any) untouched.
final class WriteFailureEndToEndTests: XCTestCase {
  func testAFolderThatCannotBeWrittenSaysWhy() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\n- because\n")
    try FileManager.default.createDirectory(
      at: ws.folder.appendingPathComponent("locked"), withIntermediateDirectories: true)
    // As root, permissions do not apply: run as nobody, in folders that root owns.
    var runner = [Paths.binary.path]
    if getuid() == 0 {
      guard let setpriv = Command.which("setpriv") else { throw XCTSkip("running as root without setpriv") }
      runner = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", Paths.binary.path]
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: ws.folder.path)
    } else {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o555], ofItemAtPath: ws.folder.appendingPathComponent("locked").path)
    }
    func run(_ arguments: [String], in folder: URL) throws -> CommandResult {
      try Command.run(runner[0], Array(runner.dropFirst()) + arguments, in: folder)
    }
    let r = try run(["docx", "prep.md", "-o", "locked/prep.docx"], in: ws.folder)
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: locked/prep.docx: cannot write: permission denied: you may not create files in locked; "
        + "write to a folder of your own\n")
    let inside = try run(["cards", "../prep.md"], in: ws.folder.appendingPathComponent("locked"))
    XCTAssertEqual(inside.status, 1)
    XCTAssertEqual(
      inside.stderr,
      "prepexport: error: Output/prep.cards.txt: cannot write: cannot create folder Output: permission denied: "
        + "you may not create files in the current folder; write to a folder of your own\n")
    XCTAssertEqual(ws.files, ["prep.md"])
  }

  func testAFileInTheWayOfAFolder() throws {
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\n- because\n")
    try ws.write("Output", "a file, not a folder")
    let r = try ws.run(["odt", "prep.md"])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: Output/prep.odt: cannot write: cannot create folder Output: a file is in the way "
        + "(a part of the path is a file, not a folder); choose another folder\n")
  }

  /// A full disk and a read-only file system, made with tmpfs in a user and mount namespace of
  /// their own (`unshare -rm`), so the test needs no privileges and leaves nothing mounted.
  func testAFullDiskAndAReadOnlyFileSystem() throws {
    guard let unshare = Command.which("unshare"), (try? Command.run(unshare, ["-rm", "true"]))?.status == 0 else {
      throw XCTSkip("unshare -rm is not permitted here: no private tmpfs to fill")
    }
    let ws = Workspace()
    defer { ws.remove() }
    try ws.write("prep.md", "# Prep\n\n## Why\n\n" + String(repeating: "- a point worth making\n", count: 200))
    try FileManager.default.createDirectory(
      at: ws.folder.appendingPathComponent("disk"), withIntermediateDirectories: true)
    let binary = Paths.binary.path
    let script = """
      mount -t tmpfs -o size=4k none disk || exit 99
      \(binary) docx prep.md -o disk/prep.docx; echo "status=$?"
      ls -A disk; echo "listed"
      mount -t tmpfs -o ro none disk || exit 99
      \(binary) docx prep.md -o disk/prep.docx; echo "status=$?"
      \(binary) cards prep.md -o disk/sub/prep.txt; echo "status=$?"
      """
    let r = try Command.run(unshare, ["-rm", "sh", "-c", script], in: ws.folder, environment: ["NO_COLOR": "1"])
    if r.status == 99 { throw XCTSkip("tmpfs cannot be mounted here: \(r.stderr)") }
    XCTAssertEqual(r.stdoutText, "status=1\nlisted\nstatus=1\nstatus=1\n", "no temporary file left on the full disk")
    XCTAssertEqual(
      r.stderr,
      "prepexport: error: disk/prep.docx: cannot write: no space left on the device that holds disk; free some "
        + "space or write to another disk\n"
        + "prepexport: error: disk/prep.docx: cannot write: disk is on a read-only file system; write to a folder "
        + "on a writable disk\n"
        + "prepexport: error: disk/sub/prep.txt: cannot write: cannot create folder disk/sub: disk is on a read-only "
        + "file system; write to a folder on a writable disk\n")
  }
}
