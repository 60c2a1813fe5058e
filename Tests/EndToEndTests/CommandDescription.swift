import Foundation
import TestSupport

/// The commands and options as the binary describes them (`--experimental-dump-help`), so that
/// expectations follow formats and commands registered later.
struct CommandDescription {
  /// Each subcommand's name and its option spellings (`--toc`, `-o`), in the binary's order.
  var commands: [(name: String, options: [String])]

  init() throws {
    let dump = try Command.prepexport(["--experimental-dump-help"]).stdout
    let root = (try JSONSerialization.jsonObject(with: dump) as? [String: Any])?["command"] as? [String: Any]
    commands = (root?["subcommands"] as? [[String: Any]] ?? []).map { command in
      let arguments = command["arguments"] as? [[String: Any]] ?? []
      let options = arguments.flatMap { argument in
        (argument["names"] as? [[String: String]] ?? []).map {
          $0["kind"] == "long" ? "--" + $0["name"]! : "-" + $0["name"]!
        }
      }
      return (command["commandName"] as? String ?? "", options)
    }
  }

  var names: [String] { commands.map(\.name) }

  /// The commands that have `option`.
  func owners(of option: String) -> [String] { commands.filter { $0.options.contains(option) }.map(\.name) }
}
