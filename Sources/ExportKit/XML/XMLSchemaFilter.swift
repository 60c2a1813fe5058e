import Foundation

/// Keeps of a copied element tree what its schema allows: attributes the type declares with
/// values of their type, child elements the type declares (at most as many as it allows, one
/// alternative of an exclusive choice), in the schema's order, and elements only when their
/// required attributes and children survive. What is left out is described, one line each, for
/// the warning the user sees. Content in a foreign namespace that the copier kept (ignorable
/// extensions) is kept as it is, beside its preceding sibling.
public struct XMLSchemaFilter {
  let table: XMLSchemaTable
  /// The part, for messages ("word/styles.xml").
  let part: String
  /// What was left out, in document order.
  public private(set) var leftOut: [String] = []
  private let isForeign: (String?) -> Bool

  /// `isForeign`: whether a namespace is one the copier kept without knowing it (not checked).
  public init(table: XMLSchemaTable, part: String, isForeign: @escaping (String?) -> Bool) {
    self.table = table
    self.part = part
    self.isForeign = isForeign
  }

  /// Filters a document's root; false when the schema has no such root or it cannot be kept.
  public mutating func filterRoot(_ element: inout XMLCopier.Element) -> Bool {
    let path = "/" + display(element)
    guard let type = table.rootType(element.name) else {
      leftOut.append("\(part) \(path): not the root element this part must have")
      return false
    }
    return filter(&element, type: type, path: path)
  }

  /// Filters `element` as an instance of `type`; false when it must itself be left out.
  public mutating func filter(_ element: inout XMLCopier.Element, type index: Int, path: String) -> Bool {
    let type = table.types[index]
    var invalid: [XMLCopier.Attribute] = []
    var unknown: [XMLCopier.Attribute] = []
    element.attributes.removeAll { attribute in
      if let namespace = attribute.name.namespace, isForeign(namespace) { return false }
      if let rule = type.attributes[attribute.name] {
        if table.checks[rule.check].accepts(attribute.value) { return false }
        invalid.append(attribute)
        return true
      }
      if type.anyAttribute { return false }
      unknown.append(attribute)
      return true
    }
    for (name, rule) in type.attributes where rule.required && element.attribute(name) == nil {
      // One line for the element, which cannot go without the attribute.
      if let bad = invalid.first(where: { $0.name == name }) {
        leftOut.append(
          "\(part) \(path): its \(display(name))=\"\(bad.value)\" is not a valid value, and it is required")
      } else {
        leftOut.append("\(part) \(path): it lacks the required attribute \(display(name))")
      }
      return false
    }
    for attribute in invalid {
      leftOut.append("\(part) \(path)/@\(display(attribute.name))=\"\(attribute.value)\": not a valid value")
    }
    for attribute in unknown {
      leftOut.append("\(part) \(path)/@\(display(attribute.name)): not an attribute of this element")
    }
    // An element whose content depends on its kind (`style:family`) keeps what its kind allows.
    var kind: (value: String, allowed: XMLSchemaTable.Variant.Case)?
    if let variant = type.variant, let value = element.attribute(variant.attribute),
      let allowed = variant.cases[value] ?? variant.cases[value.trimmingCharacters(in: .whitespaces)]
    {
      kind = (value, allowed)
      let name = display(variant.attribute)
      element.attributes.removeAll { attribute in
        guard variant.restrictedAttributes.contains(attribute.name), !allowed.attributes.contains(attribute.name)
        else { return false }
        leftOut.append("\(part) \(path)/@\(display(attribute.name)): not an attribute where \(name) is \"\(value)\"")
        return true
      }
    }

    var kept: [(content: XMLCopier.Content, rank: Int)] = []
    var counts: [XMLCopier.Name: Int] = [:]
    var chosen: [Int: Int] = [:]
    var choiceCounts: [Int: Int] = [:]
    var lastRank = -1
    var text = ""
    for child in element.children {
      switch child {
      case .text(let t):
        if type.text != nil {
          kept.append((child, lastRank))
          text += t
        } else if !t.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
          leftOut.append("\(part) \(path): text \"\(t.prefix(40))\" where the schema allows none")
        }
      case .fragment: kept.append((child, lastRank))
      case .element(var e):
        let childPath = path + "/" + display(e)
        if let namespace = e.name.namespace, isForeign(namespace) {
          kept.append((.element(e), lastRank))
          continue
        }
        guard let rule = type.children[e.name] else {
          if acceptsAny(e.name.namespace, type) {
            kept.append((.element(e), lastRank))
          } else {
            leftOut.append("\(part) \(childPath): not allowed in \(display(element.name))")
          }
          continue
        }
        if let kind, let variant = type.variant, variant.restrictedChildren.contains(e.name),
          kind.allowed.children[e.name] == nil
        {
          leftOut.append(
            "\(part) \(childPath): not allowed where \(display(variant.attribute)) is \"\(kind.value)\"")
          continue
        }
        let count = counts[e.name, default: 0]
        if let maximum = rule.maximum, count >= maximum {
          leftOut.append("\(part) \(childPath): more than \(maximum) in \(display(element.name))")
          continue
        }
        if rule.choice != 0, type.choices[rule.choice]?.exclusive == true, let other = chosen[rule.choice],
          other != rule.alternative
        {
          leftOut.append("\(part) \(childPath): the schema allows only one of its alternatives here")
          continue
        }
        guard filter(&e, type: rule.type, path: childPath) else { continue }
        counts[e.name] = count + 1
        if rule.choice != 0 {
          chosen[rule.choice] = rule.alternative
          choiceCounts[rule.choice, default: 0] += 1
        }
        lastRank = kind?.allowed.children[e.name] ?? rule.rank
        kept.append((.element(e), lastRank))
      }
    }
    if let check = type.text, !text.isEmpty, !table.checks[check].accepts(text) {
      leftOut.append("\(part) \(path): \"\(text.prefix(40))\" is not a valid value")
      return false
    }
    for (name, rule) in type.children where counts[name, default: 0] < rule.minimum {
      leftOut.append(
        "\(part) \(path): it lacks the required \(display(name))\(rule.minimum > 1 ? " (\(rule.minimum) needed)" : "")")
      return false
    }
    for (id, choice) in type.choices where choiceCounts[id, default: 0] < choice.minimum {
      let names = type.children.filter { $0.value.choice == id }.map { display($0.key) }.sorted()
      let alternatives = names.prefix(4).joined(separator: ", ") + (names.count > 4 ? "…" : "")
      leftOut.append(
        "\(part) \(path): it lacks the required \(choice.minimum > 1 ? "\(choice.minimum) of" : "one of") \(alternatives)"
      )
      return false
    }
    if table.ordered || type.ordered {
      kept = kept.enumerated().sorted { a, b in
        a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset
      }.map(\.element)
    }
    element.children = kept.map(\.content)
    return true
  }

  /// Whether a wildcard (`xsd:any`) takes an element in `namespace`. Only namespaces the
  /// table does not know are taken: a validator checks known ones even under a lax wildcard.
  private func acceptsAny(_ namespace: String?, _ type: XMLSchemaTable.ElementType) -> Bool {
    guard let namespace, !table.namespaces.values.contains(namespace) else { return false }
    return type.anyNamespaces.contains { allowed in allowed == "##any" || allowed == "##other" || allowed == namespace }
  }

  /// `w:style[@w:styleId='Heading1']`: the name, with the attribute that tells elements apart.
  private func display(_ element: XMLCopier.Element) -> String {
    let identity = element.attributes.first { ["styleId", "abstractNumId", "numId", "name"].contains($0.name.local) }
    guard let identity else { return display(element.name) }
    return "\(display(element.name))[@\(display(identity.name))='\(identity.value)']"
  }

  private func display(_ name: XMLCopier.Name) -> String {
    guard let namespace = name.namespace else { return name.local }
    return (table.prefix(namespace) ?? (namespace == XMLCopier.xmlNamespace ? "xml" : "?")) + ":" + name.local
  }
}
