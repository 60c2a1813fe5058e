import PrepModel
import XCTest

/// Reads Markdown written in a test.
func read(_ markdown: String, answers: String? = nil, name: String = "prep.md", options: ReadOptions = ReadOptions())
  throws
  -> ReadResult
{
  try PrepReader.read(
    [InputFile(name: name, bytes: Array(markdown.utf8))],
    answers: answers.map { InputFile(name: "answers.md", bytes: Array($0.utf8)) }, options: options)
}

func document(_ markdown: String, answers: String? = nil) throws -> PrepDocument {
  try read(markdown, answers: answers).document
}

/// The first topic with this title, anywhere in the tree.
func topic(_ doc: PrepDocument, _ title: String, file: StaticString = #filePath, line: UInt = #line) throws -> Topic {
  try XCTUnwrap(doc.allTopics.first { $0.topic.titleText == title }?.topic, "no topic \(title)", file: file, line: line)
}
