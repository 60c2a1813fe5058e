import ExportKit
import Foundation
import XCTest

/// Reading the reviewed test files, and changing one the way an editor with change tracking
/// off would (for tests of what prepexport did not write).
public enum ReviewedFiles {
  /// The bytes of a file under Tests/Fixtures/reviewed.
  public static func data(_ name: String) throws -> Data { try Data(contentsOf: Paths.reviewed(name)) }

  /// A package with one XML part's text changed by `edit`; entries keep their order (an ODT's
  /// mimetype stays first and stored).
  public static func editing(_ data: Data, part: String, _ edit: (String) -> String) throws -> Data {
    let archive = try SafeArchive(data, name: "edited")
    var zip = ZipPackager(date: Date(timeIntervalSince1970: 1_796_000_000))
    for path in archive.paths {
      guard var bytes = archive[path] else { continue }
      if path == part { bytes = Data(edit(String(decoding: bytes, as: UTF8.self)).utf8) }
      zip.add(path, bytes, compress: path != "mimetype")
    }
    return try zip.archive()
  }
}

/// A prep document using every kind of block and inline, for checking that what a writer
/// records of its text is what its review reader reads back.
public let everyKindOfBlockPrep = """
  ---
  title: 面试准备
  candidate: 李明
  role: 工程师
  company: 示例
  date: 2026-12-08
  ---

  前言：这一段在第一个标题之前。

  # 自我介绍 {#intro}

  **要点**：

  - [ ] 未完成的任务
  - [x] 完成的任务 with `code` and [a link](https://example.com) and <b>raw</b> HTML
  - 嵌套：
    1. 第一
    2. 第二
       > 引用里的 **粗体**

  中文软换行
  不加空格, and English soft
  breaks get one.

  | 阶段 | 结果 |
  |---|---|
  | 前 | 120ms |
  | 后 | 45ms |

  ```text
  背景：QPS 3 万
  	tab	indented
  ```

  ---

  ![图片说明](image.png) 和 ~~删除线~~。

  <div>block HTML</div>

  # {#empty-title}

  # Questions to ask

  5. What does success look like?
  6. How do you decide?

  ## Caching

  ## Caching

  Same title twice.
  """

/// Answers for `everyKindOfBlockPrep`: a topic, a question, and one that matches nothing.
public let everyKindOfBlockAnswers = """
  # 自我介绍

  我的回答，含 **粗体**。

  # Questions to ask

  ## 6

  Listen for goals.

  # 不存在的主题

  保留在附录。
  """
