/// A top-level block of a file: its node in the content store, and where it starts. Kept
/// small (a bank has hundreds of thousands): the file is an index into the reader's file names.
struct LocatedBlock {
  var node: UInt32
  var line: UInt32
  var column: UInt32
  var file: UInt32

  init(node: UInt32, location: SourceLocation, file: UInt32) {
    self.node = node
    line = UInt32(clamping: location.line)
    column = UInt32(clamping: location.column)
    self.file = file
  }

  /// Where the block starts, given the reader's file names.
  func location(_ files: [String]) -> SourceLocation {
    SourceLocation(file: files[Int(file)], line: Int(line), column: Int(column))
  }
}
