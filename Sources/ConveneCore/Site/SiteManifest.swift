import Foundation

/// The site's own record of what it holds (`.convene-site/manifest.jsonl`): the mark that a folder is a convene
/// site, the renderer that wrote it, its series pages, the size of each archive-wide page as written (so one damaged
/// since is noticed without reading it), and per meeting the log's size and modification time it was rendered from
/// with what the archive-wide pages need. A row this version cannot read only means that meeting is rendered again.
public struct SiteManifest: Equatable, Sendable {
    /// One meeting as last rendered.
    public struct Entry: Equatable, Sendable {
        public var size: Int
        public var modified: Int
        public var meeting: SiteMeeting

        public init(size: Int, modified: Int, meeting: SiteMeeting) {
            self.size = size
            self.modified = modified
            self.meeting = meeting
        }
    }

    /// The first line of every manifest, byte for byte: what tells a convene site from any other folder.
    public static let mark = "{\"convene-site\":1}"

    /// Bumped whenever a page would come out differently, so a rerun after an upgrade renders every meeting again.
    public static let renderer = 1

    public var renderer: Int
    public var seriesPages: [String]
    /// Each archive-wide page's size in bytes, by its path in the site.
    public var pageSizes: [String: Int]
    public var entries: [String: Entry]

    public init(renderer: Int = SiteManifest.renderer, seriesPages: [String] = [], pageSizes: [String: Int] = [:], entries: [String: Entry] = [:]) {
        self.renderer = renderer
        self.seriesPages = seriesPages
        self.pageSizes = pageSizes
        self.entries = entries
    }

    /// The manifest's bytes: the mark; a line each for the renderer, the series pages and the page sizes; then a row
    /// per meeting in id order.
    public func bytes() -> [UInt8] {
        var out = Self.mark + "\n" + FlatJSON.text([.string("renderer"), .integer(renderer)]) + "\n"
            + FlatJSON.text([.string("series")] + seriesPages.map(FlatJSON.Value.string)) + "\n"
            + FlatJSON.text([.string("pages")] + pageSizes.sorted { $0.key < $1.key }.flatMap { [FlatJSON.Value.string($0.key), .integer($0.value)] }) + "\n"
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            out += FlatJSON.text(Self.row(entry)) + "\n"
        }
        return Array(out.utf8)
    }

    /// Whether `bytes` begin with the mark, so they are a manifest of some version.
    public static func isMarked(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array((mark + "\n").utf8))
    }

    /// The manifest in `bytes`, or nil when they are not one; unreadable meeting rows are left out.
    public static func parse(_ bytes: [UInt8]) -> SiteManifest? {
        guard isMarked(bytes) else { return nil }
        let lines = Array(bytes.split(separator: 0x0A).dropFirst())
        let head = lines.prefix(3).map { line in line.withUnsafeBufferPointer { FlatJSON.array($0) } ?? [] }
        guard head.count == 3, head[0].count == 2, head[0][0] == .string("renderer"), case .integer(let renderer) = head[0][1],
              head[1].first == .string("series"), head[2].first == .string("pages"), head[2].count % 2 == 1 else { return nil }
        // Series page names become paths to remove, so only names `SiteSeries.slug` could have made are kept.
        let series = head[1].dropFirst().compactMap { value -> String? in if case .string(let s) = value, MeetingID.isValid(s) { s } else { nil } }
        var manifest = SiteManifest(renderer: renderer, seriesPages: series)
        for pair in stride(from: 1, to: head[2].count, by: 2) {
            if case .string(let page) = head[2][pair], case .integer(let size) = head[2][pair + 1] { manifest.pageSizes[page] = size }
        }
        for line in lines.dropFirst(3) {
            guard let values = line.withUnsafeBufferPointer({ FlatJSON.array($0) }), let entry = entry(values) else { continue }
            manifest.entries[entry.meeting.id] = entry
        }
        return manifest
    }
}
