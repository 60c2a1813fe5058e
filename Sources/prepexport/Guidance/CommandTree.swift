import ArgumentParser
import Foundation

/// The commands and their options as swift-argument-parser itself describes them (the JSON of
/// `--experimental-dump-help`, which its manual generator reads too), so that advice about a
/// mistyped command or option comes from the same definitions as the help and the parser.
struct CommandTree: Decodable {
  var command: Command

  struct Command: Decodable {
    var commandName: String
    var subcommands: [Command]?
    var arguments: [Argument]?

    /// The option and flag names as typed: `--answers`, `-o`.
    var optionNames: [String] {
      (arguments ?? []).filter { $0.kind != "positional" }.flatMap { $0.spellings }
    }

    /// Whether the option named `name` takes a value (`-o PATH`), as opposed to a flag.
    func takesValue(_ name: String) -> Bool {
      (arguments ?? []).contains { $0.kind == "option" && $0.spellings.contains(name) }
    }

    func subcommand(_ name: String) -> Command? {
      subcommands?.first { $0.commandName == name }
    }
  }

  struct Argument: Decodable {
    var kind: String
    var names: [Name]?

    var spellings: [String] {
      (names ?? []).map { $0.kind == "long" ? "--" + $0.name : "-" + $0.name }
    }
  }

  struct Name: Decodable {
    var kind: String
    var name: String
  }

  /// The tree of `root`, or nil if the description cannot be read (then the parser's own
  /// message stands).
  static func of(_ root: any ParsableCommand.Type) -> CommandTree? {
    try? JSONDecoder().decode(CommandTree.self, from: Data(root._dumpHelp().utf8))
  }
}
