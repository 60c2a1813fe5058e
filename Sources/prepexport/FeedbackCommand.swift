import ArgumentParser
import Foundation
import PrepExport

/// `prepexport feedback REVIEWED.docx|odt`: what a mentor left in a returned file.
struct FeedbackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feedback",
    abstract: "Print the comments, tracked changes and notes a reviewer left in a .docx or .odt, by topic.")

  @Argument(help: ArgumentHelp("The reviewed .docx or .odt.", valueName: "reviewed"))
  var reviewed: String
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Your prep Markdown, as exported (repeat for several files): with it, text typed without tracking is pinpointed.",
      valueName: "file"))
  var prep: [String] = []
  @Option(name: .long, help: ArgumentHelp("Your answers, with --prep: their text is yours too.", valueName: "file"))
  var answers: String?
  @Flag(name: .long, help: "Print JSON for machines.") var json = false
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write a copy of these answers with the feedback under each answer, beside them (<name>.feedback.md).",
      valueName: "answers.md"))
  var into: String?

  func run() throws {
    try Console.run {
      let file = try InputLoader.load(path: reviewed)
      let document = try ReviewFile.read(Data(file.bytes), name: reviewed, readers: Registry.reviewReaders)
      var known: KnownText?
      if !prep.isEmpty {
        let answerFile = try (answers ?? into).map { try InputLoader.load(path: $0) }
        let read = try PrepReader.read(try InputLoader.load(prep), answers: answerFile)
        known = try KnownText(read.document)
      } else if answers != nil {
        Console.warning("--answers is read with --prep (your material, to tell your text from the mentor's)")
      }
      let report = FeedbackReport(document, document: reviewed, known: known)
      if let into {
        let text = try FeedbackInto.merge(report, topics: document.topics, answers: try InputLoader.load(path: into))
        let first = FeedbackInto.destination(for: into) { _ in false }
        let destination = FeedbackInto.destination(for: into) { FileManager.default.fileExists(atPath: $0) }
        try AtomicFile.write(Data(text.utf8), to: destination)
        let note = destination == first ? "" : " (\(first) exists)"
        FileHandle.standardError.write(Data("wrote \(destination)\(note)\n".utf8))
      }
      Console.standardOutput(Data((json ? try report.json() : report.markdown).utf8))
    }
  }
}
