import ArgumentParser
import Foundation
import PrepExport

/// Messages on stderr: coloured only on a terminal and never with NO_COLOR.
enum Console {
  static let useColor = isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

  static func warning(_ message: String) {
    write("prepexport: " + paint("warning:", "33") + " " + message)
  }

  static func error(_ message: String) {
    write("prepexport: " + paint("error:", "31") + " " + message)
  }

  private static func paint(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
  }

  private static func write(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Runs a command body: input and output errors are printed as `prepexport: error: …` and
  /// exit 1; usage errors go to ArgumentParser (exit 64).
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as ReadError {
      for line in error.description.split(separator: "\n") { self.error(String(line)) }
      throw ExitCode(1)
    } catch let error as ExportError {
      self.error(error.description)
      throw ExitCode(1)
    }
  }

  /// Writes bytes to stdout.
  static func standardOutput(_ data: Data) {
    FileHandle.standardOutput.write(data)
  }
}

/// The creation time: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
enum Clock {
  static func creationDate() throws -> Date {
    guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !value.isEmpty else { return Date() }
    guard let seconds = Int(value), seconds >= 0 else {
      throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, got \(value)")
    }
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }
}
