import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why a write failed, in the user's terms, with what to do about it: one place that turns an
/// errno into the reason `ExportError.write` shows ("permission denied: …; write to a folder of
/// your own"), whatever step failed (creating the folder, the temporary file, writing, renaming).
public enum WriteFailure {
  /// The reason for `code` (an errno) while writing into `folder`.
  public static func reason(errno code: Int32, folder: String) -> String {
    let place = display(folder)
    switch code {
    case EACCES, EPERM:
      return "permission denied: you may not create files in \(place); write to a folder of your own"
    case ENOSPC:
      return "no space left on the device that holds \(place); free some space or write to another disk"
    case EDQUOT:
      return "disk quota exceeded in \(place); free some space or write to another disk"
    case EROFS:
      return "\(place) is on a read-only file system; write to a folder on a writable disk"
    case ENOTDIR:
      return "a part of \(place) is a file, not a folder; choose another folder"
    case ENAMETOOLONG:
      return "the name is too long for the file system; choose a shorter one"
    case EISDIR:
      return "it is a directory; choose a file name"
    case EIO:
      return "the device reported an input/output error; check the disk and try again"
    case ELOOP:
      return "too many symbolic links in \(place)"
    default:
      return String(cString: strerror(code))
    }
  }

  /// The reason for an error Foundation threw while creating `folder` (its underlying errno
  /// when it has one).
  public static func reason(for error: Error, creating folder: String) -> String {
    let code = posixCode(of: error)
    if code == EEXIST || code == ENOTDIR {
      return "cannot create folder \(display(folder)): a file is in the way (a part of the path is a file, "
        + "not a folder); choose another folder"
    }
    let base = code.map { reason(errno: $0, folder: parent(of: folder)) } ?? error.localizedDescription
    return "cannot create folder \(display(folder)): \(base)"
  }

  private static func posixCode(of error: Error) -> Int32? {
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error,
      (underlying as NSError).domain == NSPOSIXErrorDomain
    {
      return Int32((underlying as NSError).code)
    }
    switch CocoaError.Code(rawValue: nsError.code) {
    case .fileWriteNoPermission: return EACCES
    case .fileWriteOutOfSpace: return ENOSPC
    case .fileWriteVolumeReadOnly: return EROFS
    default: return nil
    }
  }

  /// The nearest folder that exists above `folder`: where the new folder would have gone.
  private static func parent(of folder: String) -> String {
    var url = URL(fileURLWithPath: folder)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.path) { break }
    }
    return url.path
  }

  /// A folder as the user thinks of it: relative to the current folder when inside it.
  static func display(_ folder: String) -> String {
    let path = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL.path
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
    if path == here { return "the current folder" }
    if path.hasPrefix(here + "/") { return String(path.dropFirst(here.count + 1)) }
    return path
  }
}
