import Foundation

/// What a reading command says when it is given no input and stdin is a terminal (nothing is
/// piped in): the command to type, with the Markdown files of the current folder when there
/// are some, instead of a generic usage line.
enum NoInputGuide {
  /// The message for `command` run in a folder holding `files`.
  static func message(command: String, files: [String]) -> String {
    let markdown = files.filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
    let answers = markdown.first { $0 == "answers.md" } ?? markdown.first { $0.lowercased().contains("answer") }
    let prep = markdown.first { $0 == "prep.md" } ?? markdown.first { $0 != answers }
    let piped = command == "watch" ? "" : " (or pipe them in)"
    guard let prep else {
      return "no input: name your prep notes in Markdown\(piped), as in: prepexport \(command) prep.md "
        + "--answers answers.md; no notes yet? prepexport init writes starter files here"
    }
    let example = ["prepexport", command, prep] + (answers.map { ["--answers", $0] } ?? [])
    return "no input: name your prep notes\(piped): " + example.map(ShellQuoting.quote).joined(separator: " ")
  }

  /// Throws the usage error when there is no input and nothing is piped in.
  static func check(_ inputs: [String], command: String, stdinIsTerminal: Bool) throws {
    guard inputs.isEmpty, stdinIsTerminal || command == "watch" else { return }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []
    throw CommandLineError.usage(message(command: command, files: files))
  }
}
