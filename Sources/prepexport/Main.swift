import ArgumentParser
import PrepExport

/// Entry point. Format commands (`docx`, `odt`, `cards`…) come from the registry, so a
/// format added there is a command here without touching this file.
@main
enum Main {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    HugePages.reexecIfWorthwhile(arguments)
    if let name = arguments.first, let exporter = Registry.exporter(named: name) {
      FormatSelection.exporter = exporter
      switch exporter.optionKind {
      case .document: DocumentCommand.main(Array(arguments.dropFirst()))
      case .cards: CardsCommand.main(Array(arguments.dropFirst()))
      }
    } else {
      Prepexport.main(arguments)
    }
  }
}

/// The format chosen on the command line, set before its command parses.
enum FormatSelection {
  nonisolated(unsafe) static var exporter: any Exporter = Registry.exporters[0]
}

struct Prepexport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prepexport",
    abstract: "Turn interview-preparation notes in Markdown into DOCX, ODT and printable cue cards.",
    discussion: "Formats (each is a command taking INPUT... and -o):\n"
      + Registry.exporters.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }
      .joined(separator: "\n")
      + "\n\nRun `prepexport FORMAT --help` for a format's options.",
    version: PrepExportVersion.string,
    subcommands: [AllCommand.self, CheckCommand.self, FeedbackCommand.self, FormatsCommand.self, InitCommand.self]
  )
}
