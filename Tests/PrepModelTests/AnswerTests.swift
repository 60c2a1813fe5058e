import PrepModel
import XCTest

final class AnswerTests: XCTestCase {
  let prep = """
    # Prep

    ## Why this role {#why}

    text

    ## Questions to ask

    1. What is hard?
    2. What is next?

    ## Design

    ### Caching

    x

    ## Ops

    ### Caching

    y
    """

  func testMatchingByNormalisedTitleIdAndPath() throws {
    let answers = """
      # My answers

      ## WHY   this ROLE!

      Because.

      ## {#why}

      More.

      ## Design > Caching

      LRU.
      """
    let doc = try document(prep, answers: answers)
    let why = try topic(doc, "Why this role")
    XCTAssertEqual(why.answer?.blocks, [.paragraph([.text("Because.")]), .paragraph([.text("More.")])])
    XCTAssertEqual(doc.topics[2].subtopics[0].answer?.blocks, [.paragraph([.text("LRU.")])])
    XCTAssertNil(doc.topics[3].subtopics[0].answer)
    XCTAssertEqual(doc.unmatchedAnswers, [])
  }

  func testQuestionSubHeadingsAnswerQuestions() throws {
    let answers = "# Questions to ask\n\n## Q2\n\nListen.\n\n## 问题 1\n\nAsk.\n"
    let t = try topic(try document(prep, answers: answers), "Questions to ask")
    XCTAssertNil(t.answer)
    XCTAssertEqual(
      t.questions.map { $0.answer?.blocks }, [[.paragraph([.text("Ask.")])], [.paragraph([.text("Listen.")])]])
  }

  func testAmbiguousAndUnknownHeadingsAreKeptWithSuggestions() throws {
    let answers = "# Caching\n\nwhich one?\n\n# Why this rol\n\ntypo\n"
    let result = try read(prep, answers: answers)
    let unmatched = result.document.unmatchedAnswers
    XCTAssertEqual(unmatched.map(\.headingText), ["Caching", "Why this rol"])
    XCTAssertEqual(unmatched[1].blocks, [.paragraph([.text("typo")])])
    XCTAssertEqual(unmatched[1].suggestions.first, "Why this role")
    XCTAssertTrue(unmatched[0].suggestions.contains("Design > Caching"))
    XCTAssertEqual(unmatched[1].location, SourceLocation(file: "answers.md", line: 5, column: 1))
    XCTAssertTrue(
      result.warnings.contains {
        $0.description.contains("answers.md:5:1: answer heading \"Why this rol\" matches no topic")
      })
  }

  func testStrictMakesUnmatchedAnswersAnError() {
    XCTAssertThrowsError(try read(prep, answers: "# Nope\n\nx\n", options: ReadOptions(strict: true))) { error in
      guard case ReadError.unmatchedAnswers(let list) = error else { return XCTFail("\(error)") }
      XCTAssertEqual(list.map(\.headingText), ["Nope"])
      XCTAssertTrue("\(error)".hasPrefix("answers.md:1:1: answer heading \"Nope\" matches no topic (--strict)"))
    }
  }

  func testAnswersFrontMatterOverridesThePrep() throws {
    let doc = try document(
      "---\ncandidate: A\nmentor: M\n---\n# T\n\nx\n\n# U\n", answers: "---\ncandidate: B\n---\n# T\n\ny\n")
    XCTAssertEqual(doc.metadata.candidate, "B")
    XCTAssertEqual(doc.metadata.mentor, "M")
  }
}
