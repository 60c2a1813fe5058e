import ArgumentParser
import PrepExport

/// Entry point. Format commands (`docx`, `odt`, `cards`…) come from the registry, so a format
/// registered there is a command here without touching this file.
@main
enum Main {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    HugePages.reexecIfWorthwhile(arguments)
    Prepexport.main(arguments)
  }
}

struct Prepexport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prepexport",
    abstract: "Turn interview-preparation notes in Markdown into DOCX, ODT and printable cue cards.",
    discussion: "Formats (each is a command taking INPUT... and -o):\n"
      + Registry.exporters.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }
      .joined(separator: "\n")
      + "\n\nRun `prepexport help FORMAT` for a format's options.",
    version: PrepExportVersion.string,
    subcommands: FormatCommands.all + [
      AllCommand.self, CheckCommand.self, FeedbackCommand.self, FormatsCommand.self, InitCommand.self,
    ]
  )
}
