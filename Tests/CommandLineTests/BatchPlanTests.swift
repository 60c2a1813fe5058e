import XCTest

@testable import prepexport

final class BatchPlanTests: XCTestCase {
  func stems(_ inputs: [String]) -> [String] {
    BatchPlan(inputs: inputs, currentFolder: "/home/u/work").items.map(\.stem)
  }

  func testOutputsMirrorThePathsAsTyped() {
    XCTAssertEqual(stems(["a.md", "b.md"]), ["a", "b"])
    XCTAssertEqual(stems(["notes/a.md", "./notes/b.markdown"]), ["notes/a", "notes/b"])
    XCTAssertEqual(stems(["cand/alice/prep.md", "cand/bob/prep.md"]), ["cand/alice/prep", "cand/bob/prep"])
    XCTAssertEqual(stems(["/home/u/work/x/prep.md", "sub/../y.md"]), ["x/prep", "y"])
  }

  /// A file's output does not depend on the other files: a batch split into parts (xargs -n,
  /// GNU parallel) writes the same names as the whole.
  func testAFilesNameDoesNotDependOnTheOthers() {
    let whole = stems(["cand/alice/prep.md", "cand/bob/prep.md", "cand/carol/prep.md"])
    let parts = stems(["cand/alice/prep.md"]) + stems(["cand/bob/prep.md", "cand/carol/prep.md"])
    XCTAssertEqual(whole, parts)
  }

  func testFilesOutsideTheCurrentFolderKeepTheirWholePath() {
    XCTAssertEqual(stems(["../x/prep.md", "/srv/y/prep.md"]), ["home/u/x/prep", "srv/y/prep"])
    XCTAssertEqual(BatchPlan(inputs: ["/a/b.md"], currentFolder: "/").items.map(\.stem), ["a/b"])
  }

  func testNamesThatDifferOnlyByExtensionKeepIt() {
    XCTAssertEqual(stems(["x.md", "x.markdown", "y.md"]), ["x.md", "x.markdown", "y"])
  }

  func testTheSameFileTwiceIsExportedOnce() {
    let plan = BatchPlan(inputs: ["a.md", "./a.md", "sub/../a.md", "b.md"], currentFolder: "/w")
    XCTAssertEqual(plan.items.map(\.input), ["a.md", "b.md"])
  }

  func testPathsAndFolders() {
    let plan = BatchPlan(inputs: ["c/alice/prep.md", "c/bob/prep.md", "c/bob/extra.md"], currentFolder: "/w")
    XCTAssertEqual(plan.folders(in: "out"), ["out/c/alice", "out/c/bob"])
    XCTAssertEqual(
      BatchPlan.path(outDir: "out/", stem: "alice/prep", fileExtension: "cards.txt"), "out/alice/prep.cards.txt")
  }
}
