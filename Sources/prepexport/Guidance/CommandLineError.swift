/// A problem the command line explains in one line of its own: a usage problem (exit 64, as
/// for the parser's errors) or an input or output it refuses (exit 1).
struct CommandLineError: Error, CustomStringConvertible {
  enum Kind {
    /// The command line asks for something that cannot be: exit 64.
    case usage
    /// A file that cannot be used as given: exit 1.
    case input
  }

  var kind: Kind
  var description: String

  static func usage(_ message: String) -> CommandLineError { CommandLineError(kind: .usage, description: message) }
  static func input(_ message: String) -> CommandLineError { CommandLineError(kind: .input, description: message) }

  var exitCode: Int32 { kind == .usage ? 64 : 1 }
}
