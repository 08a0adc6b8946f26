import Foundation

/// Every colour the site draws with, kept in one place so a test can prove each ink is readable on each ground.
public enum SitePalette {
    /// A colour as `#rrggbb`, with its WCAG relative luminance.
    public struct Colour: Equatable, Sendable {
        public var name: String
        public var hex: String

        /// Relative luminance per WCAG 2: sRGB channels linearised, then weighted 0.2126 / 0.7152 / 0.0722.
        public var luminance: Double {
            let digits = Array(hex.utf8.dropFirst())
            guard digits.count == 6 else { return 0 }
            let channels = stride(from: 0, to: 6, by: 2).map { i -> Double in
                let value = Double(Int(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) ?? 0) / 255
                return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
    }

    public static let page = Colour(name: "page", hex: "#ffffff")
    public static let panel = Colour(name: "panel", hex: "#f2f3f5")
    public static let text = Colour(name: "text", hex: "#1b1c1f")
    public static let muted = Colour(name: "muted", hex: "#4a4f57")
    public static let link = Colour(name: "link", hex: "#0b4fae")
    public static let rule = Colour(name: "rule", hex: "#676a71")
    public static let planned = Colour(name: "planned", hex: "#5b5e66")
    public static let actual = Colour(name: "actual", hex: "#1d5c9e")
    public static let over = Colour(name: "over", hex: "#a8261c")
    public static let under = Colour(name: "under", hex: "#1c6636")
    public static let fresh = Colour(name: "new", hex: "#7a3a9c")

    /// Backgrounds text and marks are drawn on.
    public static let grounds = [page, panel]
    /// Everything drawn on a ground: text, links, rules and chart marks alike, so none needs a lower bar.
    public static let inks = [text, muted, link, rule, planned, actual, over, under, fresh]

    /// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    public static func contrast(_ a: Colour, _ b: Colour) -> Double {
        let (light, dark) = a.luminance >= b.luminance ? (a.luminance, b.luminance) : (b.luminance, a.luminance)
        return (light + 0.05) / (dark + 0.05)
    }
}
