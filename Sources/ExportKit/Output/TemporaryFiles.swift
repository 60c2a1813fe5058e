import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The temporary files being written right now, removed if the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP) before they are renamed into place. Several at once: a batch
/// writes on every core. The signal handler only reads fixed buffers and atomics (no
/// allocation, no lock, nothing freed under it), as a handler must.
///
/// A file is created and tracked in one step (`create`) that the handler waits for: it first
/// says the process is leaving, then waits until no thread is between creating a file and
/// tracking it, then removes what is tracked. A thread that starts creating after that sees
/// the process leaving and creates nothing. The thread creating holds the signals off, so
/// the handler never runs on it while it is inside.
enum TemporaryFiles {
  /// Files tracked at once; beyond this a write goes on untracked rather than wait.
  static let capacity = 256
  static let slotSize = Int(PATH_MAX) + 1
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  nonisolated(unsafe) private static var buffers: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var used = [Bool](repeating: false, count: capacity)
  private static let lock = NSLock()
  private static let leaving = Atomic<Bool>(false)
  private static let creating = Atomic<Int>(0)

  /// Creates a new file named by `template` (ending in XXXXXX, as for `mkstemp`) and tracks
  /// it; returns its descriptor, its name and the slot to `clear` once the file is renamed or
  /// removed. Nil with `errno` set when no file could be made.
  static func create(template: String) -> (fd: Int32, path: String, slot: Int?)? {
    installHandler()
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for sig in signals { sigaddset(&blocked, sig) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

    creating.add(1, ordering: .sequentiallyConsistent)
    defer { creating.subtract(1, ordering: .sequentiallyConsistent) }
    if leaving.load(ordering: .sequentiallyConsistent) {
      errno = EINTR
      return nil
    }
    var bytes = Array(template.utf8CString)
    let fd = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return nil }
    let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (fd, path, track(bytes))
  }

  /// Stops tracking the file in `slot`.
  static func clear(_ slot: Int?) {
    guard let slot else { return }
    lock.lock()
    defer { lock.unlock() }
    buffers?[slot * slotSize] = 0
    used[slot] = false
  }

  private static func installHandler() {
    lock.lock()
    defer { lock.unlock() }
    guard buffers == nil else { return }
    let memory = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotSize)
    memory.initialize(repeating: 0, count: capacity * slotSize)
    buffers = memory
    for sig in signals { signal(sig, removeAndExit) }
  }

  private static func track(_ bytes: [CChar]) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard let buffers, bytes.count < slotSize, let slot = used.firstIndex(of: false) else { return nil }
    used[slot] = true
    // The first byte last: the handler never sees half a name.
    let start = buffers + slot * slotSize
    bytes.withUnsafeBufferPointer { (start + 1).update(from: $0.baseAddress! + 1, count: bytes.count - 1) }
    start[0] = bytes[0]
    return slot
  }

  /// The handler: an empty slot starts with NUL.
  private static let removeAndExit: @convention(c) (Int32) -> Void = { number in
    TemporaryFiles.leaving.store(true, ordering: .sequentiallyConsistent)
    while TemporaryFiles.creating.load(ordering: .sequentiallyConsistent) != 0 { sched_yield() }
    if let buffers = TemporaryFiles.buffers {
      for slot in 0..<TemporaryFiles.capacity where buffers[slot * TemporaryFiles.slotSize] != 0 {
        unlink(buffers + slot * TemporaryFiles.slotSize)
      }
    }
    _exit(128 + number)
  }
}
