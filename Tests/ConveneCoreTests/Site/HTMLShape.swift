/// A small HTML reader for tests: the elements and attributes a browser would see, and whether tags balance, so a
/// test can prove that hostile text made no element or attribute of its own.
struct HTMLShape {
    struct Element: Equatable {
        var name: String
        var attributes: [String: String]
    }

    var elements: [Element] = []
    /// Tags closed out of order, or never closed; empty for a well-formed page.
    var problems: [String] = []
    /// The raw text of every `<script>` element, in order.
    var scripts: [String] = []

    static let void: Set<String> = ["meta", "link", "br", "hr", "img", "input", "col", "area", "base", "embed", "source", "track", "wbr"]

    init(_ html: String) {
        let text = Array(html.unicodeScalars)
        var open: [String] = []
        var i = 0
        while i < text.count {
            guard text[i] == "<" else { i += 1; continue }
            if text[i...].starts(with: "<!--".unicodeScalars) {
                i = Self.find("-->", in: text, from: i).map { $0 + 3 } ?? text.count
                continue
            }
            if text[i...].starts(with: "<!".unicodeScalars) {
                i = Self.find(">", in: text, from: i).map { $0 + 1 } ?? text.count
                continue
            }
            let closing = i + 1 < text.count && text[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < text.count, text[j].properties.isAlphabetic || ("0"..."9").contains(text[j]) || text[j] == "-" {
                name.unicodeScalars.append(text[j])
                j += 1
            }
            guard !name.isEmpty else { i += 1; continue }
            name = name.lowercased()
            var attributes: [String: String] = [:]
            var selfClosing = false
            while j < text.count, text[j] != ">" {
                if text[j] == "/" { selfClosing = true; j += 1; continue }
                if text[j] == " " || text[j] == "\n" || text[j] == "\t" { j += 1; continue }
                selfClosing = false
                var key = ""
                while j < text.count, !" \n\t=>/".unicodeScalars.contains(text[j]) { key.unicodeScalars.append(text[j]); j += 1 }
                var value = ""
                if j < text.count, text[j] == "=" {
                    j += 1
                    if j < text.count, text[j] == "\"" || text[j] == "'" {
                        let quote = text[j]
                        j += 1
                        while j < text.count, text[j] != quote { value.unicodeScalars.append(text[j]); j += 1 }
                        j += 1
                    } else {
                        while j < text.count, !" \n\t>".unicodeScalars.contains(text[j]) { value.unicodeScalars.append(text[j]); j += 1 }
                    }
                }
                attributes[key.lowercased()] = value
            }
            i = j + 1
            if closing {
                if open.last == name { open.removeLast() } else { problems.append("</\(name)> closes \(open.last ?? "nothing")") }
                continue
            }
            elements.append(Element(name: name, attributes: attributes))
            if name == "script" || name == "style" {
                let end = Self.find("</" + name, in: text, from: i) ?? text.count
                if name == "script" { scripts.append(String(String.UnicodeScalarView(text[i..<end]))) }
                i = end
                open.append(name)
            } else if !selfClosing && !Self.void.contains(name) {
                open.append(name)
            }
        }
        problems += open.map { "<\($0)> never closed" }
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }

    /// Every attribute name on every element: an `on…` one would be a handler someone's text smuggled in.
    var attributeNames: Set<String> { Set(elements.flatMap(\.attributes.keys)) }

    private static func find(_ needle: String, in text: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard text.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= text.count {
            if text[i..<i + pattern.count].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
