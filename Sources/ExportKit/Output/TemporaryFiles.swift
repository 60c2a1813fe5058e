import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The temporary files being written right now, removed if the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP) before they are renamed into place. Several at once: a batch
/// writes on every core. The signal handler only reads fixed buffers (no allocation, no lock,
/// nothing freed under it), as a handler must.
enum TemporaryFiles {
  /// Files tracked at once; beyond this a write goes on untracked rather than wait.
  static let capacity = 256
  static let slotSize = Int(PATH_MAX) + 1

  nonisolated(unsafe) private static var buffers: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var used = [Bool](repeating: false, count: capacity)
  private static let lock = NSLock()

  /// Tracks `path`; returns the slot to `clear` once the file is renamed or removed.
  static func register(_ path: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    if buffers == nil {
      let memory = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotSize)
      memory.initialize(repeating: 0, count: capacity * slotSize)
      buffers = memory
      for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig, removeAndExit) }
    }
    let bytes = Array(path.utf8CString)
    guard let buffers, bytes.count < slotSize, let slot = used.firstIndex(of: false) else { return nil }
    used[slot] = true
    // The first byte last: the handler never sees half a name.
    let start = buffers + slot * slotSize
    bytes.withUnsafeBufferPointer { (start + 1).update(from: $0.baseAddress! + 1, count: bytes.count - 1) }
    start[0] = bytes[0]
    return slot
  }

  /// Stops tracking the file in `slot`.
  static func clear(_ slot: Int?) {
    guard let slot else { return }
    lock.lock()
    defer { lock.unlock() }
    buffers?[slot * slotSize] = 0
    used[slot] = false
  }

  /// The handler: an empty slot starts with NUL.
  private static let removeAndExit: @convention(c) (Int32) -> Void = { number in
    if let buffers = TemporaryFiles.buffers {
      for slot in 0..<TemporaryFiles.capacity where buffers[slot * TemporaryFiles.slotSize] != 0 {
        unlink(buffers + slot * TemporaryFiles.slotSize)
      }
    }
    _exit(128 + number)
  }
}
