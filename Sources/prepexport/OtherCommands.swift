import ArgumentParser
import Foundation
import PrepExport

/// `prepexport check`: prints the model.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration.prepexport(
    "check", abstract: "Print the model: topics, parts, questions, answers matched and unmatched.")

  @OptionGroup var input: InputOptions
  @Flag(name: .long, help: "Print JSON for machines.") var json = false

  func run() throws {
    try Console.run {
      let document = try input.readDocument()
      let text = json ? try ModelReport.json(document) : ModelReport.text(document)
      Console.standardOutput(Data(text.utf8))
    }
  }
}

/// `prepexport formats`: the registered exporters.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration.prepexport("formats", abstract: "List the registered formats.")

  func run() throws {
    let width = Registry.exporters.map(\.name.count).max() ?? 0
    let ext = Registry.exporters.map(\.fileExtension.count).max() ?? 0
    for e in Registry.exporters {
      let line =
        e.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + ("." + e.fileExtension).padding(toLength: ext + 3, withPad: " ", startingAt: 0) + e.summary
      print(line)
    }
    let external = Registry.exporters.filter(\.runsExternalProgram).map(\.name)
    if !external.isEmpty {
      print(
        "\n\(external.joined(separator: " and ")) run another program for each document: "
          + "'all --each' leaves them out, and 'watch' writes them only when named.")
    }
  }
}
