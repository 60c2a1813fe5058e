import XCTest

@testable import prepexport

final class BatchPlanTests: XCTestCase {
  func stems(_ inputs: [String]) -> [String] {
    BatchPlan(inputs: inputs, currentFolder: "/home/u/work").items.map(\.stem)
  }

  func testInputsOfOneFolderGiveFlatNames() {
    XCTAssertEqual(stems(["a.md", "b.md"]), ["a", "b"])
    XCTAssertEqual(stems(["notes/a.md", "./notes/b.markdown"]), ["a", "b"])
    XCTAssertEqual(stems(["only.md"]), ["only"])
  }

  /// Same names in different folders keep the folders below the one they share, whatever the
  /// order on the command line.
  func testSameNamesKeepTheirFolders() {
    XCTAssertEqual(stems(["cand/alice/prep.md", "cand/bob/prep.md"]), ["alice/prep", "bob/prep"])
    XCTAssertEqual(stems(["cand/bob/prep.md", "cand/alice/prep.md"]), ["bob/prep", "alice/prep"])
    XCTAssertEqual(stems(["cand/prep.md", "cand/bob/prep.md"]), ["prep", "bob/prep"])
    XCTAssertEqual(stems(["../x/prep.md", "/srv/y/prep.md"]), ["home/u/x/prep", "srv/y/prep"])
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
    XCTAssertEqual(plan.folders(in: "out"), ["out/alice", "out/bob"])
    XCTAssertEqual(
      BatchPlan.path(outDir: "out/", stem: "alice/prep", fileExtension: "cards.txt"), "out/alice/prep.cards.txt")
  }
}
