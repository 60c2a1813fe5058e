import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP as a file descriptor that becomes readable. The signals
/// are blocked in every thread and one thread waits for them (`sigwait`) and writes to a pipe,
/// so `watch` notices them between exports: an export in progress finishes (no temporary file
/// is left, no handler ends the process mid-write) and the command exits 0.
final class StopSignal: Sendable {
  /// Readable once a stop signal has arrived.
  let fd: Int32

  /// Blocks the signals and starts the waiting thread. Call before any other thread starts:
  /// threads inherit the mask from the thread that creates them.
  init() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, number) }
    pthread_sigmask(SIG_BLOCK, &signals, nil)
    var ends: [Int32] = [0, 0]
    if pipe(&ends) != 0 { ends = [-1, -1] }
    fd = ends[0]
    let writeEnd = ends[1]
    let blocked = signals
    let waiter = Thread {
      var set = blocked
      var number: Int32 = 0
      sigwait(&set, &number)
      var byte = UInt8(truncatingIfNeeded: number)
      _ = write(writeEnd, &byte, 1)
    }
    waiter.start()
  }

  /// Whether the signal has arrived (without waiting).
  var arrived: Bool {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) > 0
  }
}
