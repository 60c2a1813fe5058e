/// Waits for the next save of the watched files.
protocol ChangeWatcher {
  /// Returns true when a watched file has changed and stayed unchanged for a moment (an
  /// editor's save is several writes), false when `stop` became readable.
  mutating func waitForChange(stop: Int32) -> Bool
}

/// How long a file must stay unchanged after a change before it is read: editors write a file
/// in several steps (a temporary file, a rename, a change of attributes).
let settleMilliseconds: Int32 = 150
