import Foundation
import PrepExport

/// Advice for a command line the parser refused: a mistyped command or option gets the closest
/// name of that command ("did you mean"), an option of another command says whose it is, and a
/// file given without a command gets the command to run. Nil when the parser's own message says
/// it better (a missing value, a bad value).
struct ArgumentGuide {
  var tree: CommandTree
  /// The format names, for the advice on a file given without a command.
  var formats: [String]

  /// Always understood, though the description of a command may not list them.
  static let builtIn: Set<String> = [
    "-h", "--help", "--version", "--generate-completion-script", "--experimental-dump-help",
  ]

  func advice(for arguments: [String]) -> String? {
    let root = tree.command
    let commands = (root.subcommands ?? []).map(\.commandName)
    var index = 0
    while index < arguments.count, isOption(arguments[index]) {
      let name = optionName(arguments[index])
      if !Self.builtIn.contains(name) && !root.optionNames.contains(name) {
        if let command = NameSuggestion.closest(to: NameSuggestion.bare(name), among: commands) {
          return "unknown option '\(name)'; did you mean the command 'prepexport \(command)'? See 'prepexport --help'."
        }
        return "unknown option '\(name)'. See 'prepexport --help'."
      }
      index += name == "--generate-completion-script" && !arguments[index].contains("=") ? 2 : 1
    }
    guard index < arguments.count else { return nil }
    let word = arguments[index]
    if word == "help" {
      guard index + 1 < arguments.count, !isOption(arguments[index + 1]) else { return nil }
      let topic = arguments[index + 1]
      return root.subcommand(topic) == nil ? unknownCommand(topic, arguments: [], commands: commands) : nil
    }
    guard let command = root.subcommand(word) else {
      return unknownCommand(word, arguments: Array(arguments[index...]), commands: commands)
    }
    return unknownOption(in: command, Array(arguments[(index + 1)...]))
  }

  private func unknownCommand(_ word: String, arguments: [String], commands: [String]) -> String {
    if let command = NameSuggestion.closest(to: word, among: commands) {
      return "unknown command '\(word)'; did you mean '\(command)'? See 'prepexport --help'."
    }
    if !arguments.isEmpty, looksLikeAFile(word), let first = formats.first {
      let rest = arguments.map(ShellQuoting.quote).joined(separator: " ")
      return "'\(word)' is not a command; name the format first (\(formats.joined(separator: ", ")), "
        + "or all for every one): prepexport \(first) \(rest)"
    }
    return "unknown command '\(word)'; the commands are \(commands.joined(separator: ", ")). See 'prepexport --help'."
  }

  private func unknownOption(in command: CommandTree.Command, _ arguments: [String]) -> String? {
    let known = Set(command.optionNames).union(Self.builtIn)
    var index = 0
    while index < arguments.count {
      let token = arguments[index]
      if token == "--" { return nil }
      index += 1
      guard isOption(token) else { continue }
      let name = optionName(token)
      if known.contains(name) {
        if command.takesValue(name) && !token.contains("=") { index += 1 }
        continue
      }
      let full = "prepexport \(command.commandName)"
      let owners = (tree.command.subcommands ?? []).filter { $0.optionNames.contains(name) }.map(\.commandName)
      if !owners.isEmpty {
        return "'\(full)' has no option '\(name)'; it is an option of \(owners.joined(separator: ", ")). "
          + "See 'prepexport help \(command.commandName)'."
      }
      if let suggestion = NameSuggestion.closest(to: name, among: command.optionNames) {
        return "unknown option '\(name)' for '\(full)'; did you mean '\(suggestion)'? "
          + "See 'prepexport help \(command.commandName)'."
      }
      return "unknown option '\(name)' for '\(full)'. See 'prepexport help \(command.commandName)'."
    }
    return nil
  }

  private func isOption(_ token: String) -> Bool {
    token.hasPrefix("-") && token != "-"
  }

  /// `--lang=zh` → `--lang`.
  private func optionName(_ token: String) -> String {
    token.split(separator: "=", maxSplits: 1).first.map(String.init) ?? token
  }

  private func looksLikeAFile(_ word: String) -> Bool {
    word.contains(".") || word.contains("/") || FileManager.default.fileExists(atPath: word)
  }
}

/// Arguments written back as a shell would read them, for commands printed in messages.
enum ShellQuoting {
  static func quote(_ argument: String) -> String {
    let plain = argument.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./=:,+@%".unicodeScalars.contains($0)
    }
    if plain && !argument.isEmpty { return argument }
    return "'" + argument.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}
