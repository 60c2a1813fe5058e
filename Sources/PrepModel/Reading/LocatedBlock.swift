/// A top-level block of a file with where it starts.
struct LocatedBlock {
  var block: Block
  var location: SourceLocation
}
