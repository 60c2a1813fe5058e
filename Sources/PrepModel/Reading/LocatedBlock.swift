/// A top-level block of a file: its node in the content store, and where it starts.
struct LocatedBlock {
  var node: UInt32
  var location: SourceLocation
}
