#if canImport(Glibc)
  import Glibc
#endif

/// Changes seen by looking at the files twice a second: for file systems whose changes inotify
/// does not report (network shares) and where inotify is unavailable. A file counts as changed
/// when its size, modification time or inode (a rename-save) differs.
struct PollingWatcher: ChangeWatcher {
  private let paths: [String]
  private var last: [Signature?]
  static let intervalMilliseconds: Int32 = 500

  struct Signature: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
  }

  init(paths: [String]) {
    self.paths = paths
    last = paths.map(Self.signature)
  }

  mutating func waitForChange(stop: Int32) -> Bool {
    while true {
      if sleep(Self.intervalMilliseconds, stop: stop) { return false }
      let now = paths.map(Self.signature)
      guard now != last else { continue }
      // Changed: wait until it holds still.
      var settled = now
      while true {
        if sleep(settleMilliseconds, stop: stop) { return false }
        let again = paths.map(Self.signature)
        if again == settled { break }
        settled = again
      }
      last = settled
      return true
    }
  }

  /// Waits `milliseconds`; true if `stop` became readable meanwhile.
  private func sleep(_ milliseconds: Int32, stop: Int32) -> Bool {
    var entry = pollfd(fd: stop, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, milliseconds) > 0
  }

  static func signature(_ path: String) -> Signature? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Signature(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
      seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
  }
}
