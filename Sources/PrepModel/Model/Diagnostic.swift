/// A warning found while reading: the input is used, but the user should know.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public var location: SourceLocation?
  public var message: String

  public init(location: SourceLocation?, message: String) {
    self.location = location
    self.message = message
  }

  /// `FILE:LINE:COL: message`, or the message alone.
  public var description: String { location.map { "\($0): \(message)" } ?? message }
}
