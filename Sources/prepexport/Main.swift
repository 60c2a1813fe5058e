import ArgumentParser
import Foundation
import PrepExport

/// Entry point. Format commands (`docx`, `odt`, `cards`…) come from the registry, so a format
/// registered there is a command here without touching this file.
@main
enum Main {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    HugePages.reexecIfWorthwhile(arguments)
    // `help NAME` with a name that is no command would print the general help: say so instead.
    if arguments.first == "help" { guide(arguments) }
    let command: ParsableCommand
    do {
      command = try Prepexport.parseAsRoot(arguments)
    } catch {
      if Prepexport.exitCode(for: error) == .validationFailure { guide(arguments) }
      fail(error)
    }
    do {
      var command = command
      try command.run()
    } catch {
      fail(error)
    }
  }

  /// Ends the process for `error`: the command line's own errors in one line, the rest as
  /// swift-argument-parser prints them (usage errors with the usage, exit 64).
  static func fail(_ error: Error) -> Never {
    if let error = error as? CommandLineError {
      Console.error(error.description)
      Foundation.exit(error.exitCode)
    }
    Prepexport.exit(withError: error)
  }

  /// Prints the advice for a mistyped command line and exits 64, if there is advice to give.
  static func guide(_ arguments: [String]) {
    guard let tree = CommandTree.of(Prepexport.self) else { return }
    let formats = Registry.exporters.map(\.name)
    guard let advice = ArgumentGuide(tree: tree, formats: formats).advice(for: arguments) else { return }
    Console.error(advice)
    Foundation.exit(ExitCode.validationFailure.rawValue)
  }
}

struct Prepexport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prepexport",
    abstract: "Turn interview-preparation notes in Markdown into DOCX, ODT and printable cue cards.",
    discussion: "Formats (each is a command taking INPUT... and -o):\n"
      + Registry.exporters.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }
      .joined(separator: "\n")
      + "\nRun `prepexport help FORMAT` for a format's options; `prepexport init` writes starter files.",
    version: PrepExportVersion.string,
    subcommands: FormatCommands.all + [
      AllCommand.self, CheckCommand.self, FeedbackCommand.self, WatchCommand.self, FormatsCommand.self,
      InitCommand.self,
    ]
  )
}

extension CommandConfiguration {
  /// A subcommand's configuration, with the version (`prepexport check --version`).
  static func prepexport(_ name: String, abstract: String, discussion: String = "") -> CommandConfiguration {
    CommandConfiguration(
      commandName: name, abstract: abstract, discussion: discussion, version: PrepExportVersion.string)
  }
}
