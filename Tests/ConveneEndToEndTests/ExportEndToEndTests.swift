import Foundation
import Glibc
import Testing

/// `convene export` read back by real parsers (python3 csv, a Markdown table reader) and a real browser.
@Suite struct ExportEndToEndTests {
    let folder = TemporaryFolder()

    init() { RecordFixtures.hostileMeeting(in: folder.path) }

    func export(_ format: String, _ extra: [String] = []) throws -> String {
        let file = folder.path + "/export." + format
        let result = try convene(["export", "2026-08-30", "--format", format, "-o", file, "--records", folder.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    @Test func csvHasOneRowPerNoteWithTextIntact() throws {
        let file = try export("csv")
        let parsed = try python("import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", [file])
        let rows = try JSONDecoder().decode([[String]].self, from: Data(parsed.stdout.utf8))
        #expect(rows.count == 4)
        #expect(rows[1][7] == RecordFixtures.hostileNote)
        #expect(rows[1][12] == RecordFixtures.hostileName)
        #expect(rows[2][8] == RecordFixtures.hostileName)
        #expect(mode(file) == 0o600)
    }

    @Test func attendanceCSVHasOneRowPerPerson() throws {
        let file = try export("csv", ["--attendance"])
        let parsed = try python("import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", [file])
        let rows = try JSONDecoder().decode([[String]].self, from: Data(parsed.stdout.utf8))
        #expect(rows.map { $0[2] } == ["name", RecordFixtures.hostileName, "Ana"])
        #expect(rows[1][4] == "yes")
    }

    @Test func markdownTableCellsUnescapeToTheOriginalText() throws {
        let file = try export("markdown")
        let program = """
            import json,re,sys,html
            rows=[]
            for line in open(sys.argv[1], encoding='utf-8'):
                line=line.rstrip('\\n')
                if line.startswith('|') and not line.startswith('|---'):
                    cells=re.split(r'(?<!\\\\)\\|', line)[1:-1]
                    rows.append([html.unescape(re.sub(r'\\\\(.)', r'\\1', c.strip())) for c in cells])
            heads=[l.rstrip('\\n') for l in open(sys.argv[1], encoding='utf-8') if l.startswith('#')]
            print(json.dumps({'rows':rows,'heads':heads}))
            """
        struct Parsed: Decodable { var rows: [[String]]; var heads: [String] }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(try python(program, [file]).stdout.utf8))
        #expect(parsed.heads.contains("## Notes"))
        let note = try #require(parsed.rows.first { $0.count == 5 && $0[2] == "note" })
        #expect(note[3] == RecordFixtures.hostileNote.replacingOccurrences(of: "\n", with: " "))
        #expect(note[4] == RecordFixtures.hostileName)
        #expect(parsed.rows.contains { $0.count == 4 && $0[1] == "Vision, \"big\"" })
    }

    @Test func htmlIsEscapedAndSelfContained() throws {
        let file = try export("html")
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, Zoë 山田"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(mode(file) == 0o600)
    }

    static let browser = "/usr/bin/chromium"

    @Test(.enabled(if: access(browser, X_OK) == 0, "chromium is not installed (apt-get install chromium)"))
    func htmlRendersNonBlankInHeadlessChromium() throws {
        let file = try export("html")
        let browser = Self.browser
        let png = folder.path + "/page.png"
        try run("/usr/bin/timeout", ["120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + folder.path + "/chromium",
                                     "--screenshot=" + png, "--window-size=800,600", "file://" + file])
        let count = try python(Self.darkPixels, [png])
        #expect((Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 200, "\(count.stderr)")
    }

    /// Decodes a PNG (zlib, then PNG row filters) and counts pixels with a dark red channel: a blank page has none.
    static let darkPixels = """
        import sys,zlib,struct
        data=open(sys.argv[1],'rb').read(); pos=8; idat=b''
        while pos < len(data):
            n,=struct.unpack('>I',data[pos:pos+4]); kind=data[pos+4:pos+8]
            if kind==b'IHDR': w,h,depth,color=struct.unpack('>IIBB',data[pos+8:pos+18])
            if kind==b'IDAT': idat+=data[pos+8:pos+8+n]
            pos+=12+n
        bpp={2:3,6:4,0:1,4:2}[color]; raw=zlib.decompress(idat); stride=w*bpp; prev=bytearray(stride); dark=0
        for y in range(h):
            f=raw[y*(stride+1)]; row=bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
            for i in range(stride):
                a=row[i-bpp] if i>=bpp else 0; b=prev[i]; c=prev[i-bpp] if i>=bpp else 0
                if f==1: row[i]=(row[i]+a)&255
                elif f==2: row[i]=(row[i]+b)&255
                elif f==3: row[i]=(row[i]+(a+b)//2)&255
                elif f==4:
                    p=a+b-c; pa,pb,pc=abs(p-a),abs(p-b),abs(p-c)
                    row[i]=(row[i]+(a if pa<=pb and pa<=pc else b if pb<=pc else c))&255
            dark+=sum(1 for x in range(0,stride,bpp) if row[x]<128)
            prev=row
        print(dark)
        """

    func mode(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }
}
