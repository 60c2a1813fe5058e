/// A place in an input file: file name as the user gave it, 1-based line and column.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE:COL`.
  public var description: String { "\(file):\(line):\(column)" }
}
