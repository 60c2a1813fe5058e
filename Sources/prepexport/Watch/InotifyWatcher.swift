import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Changes seen by Linux inotify. Each file's folder is watched, not the file: editors that
/// save by writing a new file and renaming it over the old one (vim, VS Code, most IDEs) replace
/// the file, and a watch on the old file would see nothing more. Events are filtered by name.
struct InotifyWatcher: ChangeWatcher {
  private let fd: Int32
  /// Watched folder's descriptor → names of the watched files in it.
  private var names: [Int32: Set<String>] = [:]

  /// Nil when inotify cannot be used (not Linux, the per-user limit reached…).
  init?(paths: [String]) {
    fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
    guard fd >= 0 else { return nil }
    let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ATTRIB)
    for path in paths {
      let url = URL(fileURLWithPath: path)
      let folder = url.deletingLastPathComponent().path
      let descriptor = inotify_add_watch(fd, folder, mask)
      guard descriptor >= 0 else {
        close(fd)
        return nil
      }
      names[descriptor, default: []].insert(url.lastPathComponent)
    }
  }

  mutating func waitForChange(stop: Int32) -> Bool {
    var changed = false
    while true {
      var entries = [
        pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&entries, 2, changed ? settleMilliseconds : -1)
      if ready < 0 && errno == EINTR { continue }
      if entries[1].revents != 0 { return false }
      if ready == 0 { return true }  // settled
      if drainEvents() { changed = true }
    }
  }

  /// Reads the pending events; true if one names a watched file.
  private func drainEvents() -> Bool {
    var relevant = false
    let size = 64 * 1024
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
    defer { buffer.deallocate() }
    while true {
      let count = read(fd, buffer, size)
      if count <= 0 { return relevant }
      var offset = 0
      let header = MemoryLayout<inotify_event>.size
      while offset + header <= count {
        let descriptor = buffer.load(fromByteOffset: offset, as: Int32.self)
        let length = Int(buffer.load(fromByteOffset: offset + 12, as: UInt32.self))
        if length > 0 {
          let name = String(cString: (buffer + offset + header).assumingMemoryBound(to: CChar.self))
          if names[descriptor]?.contains(name) == true { relevant = true }
        }
        offset += header + length
      }
    }
  }
}
