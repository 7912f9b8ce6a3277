// Test-data generator for tfidf-similarity: catalogue entries of made-up titles.
//
//   gen --n N --q Q --k K --seed S [--mode catalog|long|remakes]
//
// Writes one input to stdout. Deterministic: the only randomness is a SplitMix64 seeded from
// --seed. Every document is at most 1000 bytes and the total number of tokens stays within
// the statement's bound (4*10^5) for the sizes used in generators/panel.yaml.
//
// A catalogue entry looks like
//   Velorakin Tusomi (1987) | drama, thriller | Cast: Zoë Marak, ... | Director: ... | Keywords: ...
// * `cast`, `director` and `keywords` are in every document (idf = 0, so they never count);
// * genre tags (480, such as `darkcomedy`) are shared by many documents, first names (8000)
//   by fewer; surnames (20000) and keywords (Zipf over 40000 made-up words) are mostly rare;
//   a tenth of the entries carry a year;
// * a few stop words (`the`, `of`, `and`, ...) appear in some titles and keyword lists;
// * words are written in mixed case, and some carry UTF-8 letters (é, ö, ñ) that split them.
// Modes: `catalog` (short entries), `long` (entries near 1000 bytes, more keywords),
// `remakes` (a third of the entries repeat an earlier entry, possibly with different case and
// punctuation, so many scores are exactly 1 and many are tied).

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func range(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

func argument(_ name: String, _ fallback: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    if let fallback { return fallback }
    fatalError("missing \(name)")
}

let n = Int(argument("--n"))!
let q = Int(argument("--q"))!
let k = Int(argument("--k"))!
let mode = argument("--mode", "catalog")
var rng = SplitMix64(state: UInt64(argument("--seed"))! &* 0x2545_F491_4F6C_DD1D)

let syllables = [
    "ka", "lo", "mi", "ra", "tu", "se", "vo", "ne", "di", "ba", "ro", "zu", "pe", "qua", "shi", "xan",
    "el", "or", "im", "ul", "fa", "gre", "tho", "wy", "jo", "ki", "mar", "den", "sol", "ver", "ath", "ny",
    "cor", "lin", "tas", "vel", "bri", "dus", "hal", "pon",
]
let accented = ["é", "ö", "ñ", "ü", "ø"]

/// The word with index `i`: distinct indices give distinct words (i < 40^3).
func word(_ i: Int, syllableCount: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    var rest = i
    for _ in 0..<syllableCount {
        bytes += Array(syllables[rest % syllables.count].utf8)
        rest /= syllables.count
    }
    return bytes
}

/// Mixed case as a catalogue would write it: mostly capitalised, sometimes upper or lower case.
func styled(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var out = bytes
    let roll = rng.below(10)
    if roll < 6 {
        if out[0] >= 97 && out[0] <= 122 { out[0] -= 32 }
    } else if roll == 6 {
        out = out.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
    }
    return out
}

let genreStyles = [
    "", "dark", "feelgood", "cult", "korean", "british", "quirky", "slowburn", "indie", "classic", "nordic",
    "latin", "gritty", "offbeat", "epic", "retro",
]
let baseGenres = [
    "drama", "comedy", "thriller", "horror", "romance", "documentary", "anime", "action", "adventure",
    "crime", "mystery", "fantasy", "scifi", "western", "musical", "family", "kids", "biopic", "war",
    "sports", "reality", "standup", "noir", "satire", "mockumentary", "heist", "spy", "teen", "period",
    "superhero",
]
let genres = genreStyles.flatMap { style in baseGenres.map { style + $0 } }
let stopWords = ["the", "of", "and", "a", "in", "with", "to", "for"]

// Zipf-like keyword popularity: weight 1 / (rank + 3000).
let keywordCount = 40000
var cumulative = [Double](repeating: 0, count: keywordCount)
var total = 0.0
for r in 0..<keywordCount {
    total += 1.0 / Double(r + 3000)
    cumulative[r] = total
}
func keyword(_ rng: inout SplitMix64) -> Int {
    let x = Double(rng.next() >> 11) / Double(1 << 53) * total
    var lo = 0
    var hi = keywordCount - 1
    while lo < hi {
        let mid = (lo + hi) / 2
        if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
// Distinct index ranges keep keywords, first names and surnames apart (40^3 = 64000 words).
func keywordWord(_ i: Int) -> [UInt8] { word(i, syllableCount: 3) }
func firstName(_ i: Int) -> [UInt8] { word(40000 + i, syllableCount: 3) }
func surname(_ i: Int) -> [UInt8] { word(i * 3 + 1, syllableCount: 3) + [UInt8(ascii: "s")] }

/// A name, sometimes with an accented letter inside (which splits it into two tokens).
func person(_ rng: inout SplitMix64) -> [UInt8] {
    var first = styled(firstName(rng.below(8000)), &rng)
    if rng.chance(2) { first.insert(contentsOf: Array(accented[rng.below(accented.count)].utf8), at: first.count - 1) }
    return first + [32] + styled(surname(rng.below(20000)), &rng)
}

func catalogueEntry(_ rng: inout SplitMix64, keywords keywordRange: ClosedRange<Int>) -> [UInt8] {
    var line: [UInt8] = []
    func add(_ text: String) { line += Array(text.utf8) }
    for i in 0..<rng.range(1, 3) {
        if i > 0 { line.append(32) }
        if rng.chance(5) {
            line += styled(Array(stopWords[rng.below(stopWords.count)].utf8), &rng)
            line.append(32)
        }
        line += styled(keywordWord(keyword(&rng)), &rng)
    }
    if rng.chance(10) { add(" (\(rng.range(1950, 2025)))") }
    add(" | ")
    let genreCount = rng.chance(20) ? 2 : 1
    for i in 0..<genreCount {
        if i > 0 { add(", ") }
        line += styled(Array(genres[rng.below(genres.count)].utf8), &rng)
    }
    add(" | Cast: ")
    for i in 0..<rng.range(2, 6) {
        if i > 0 { add(", ") }
        line += person(&rng)
    }
    add(" | Director: ")
    line += person(&rng)
    add(" | Keywords:")
    let limit = keywordRange.upperBound > 40 ? 1000 : 400
    for _ in 0..<rng.range(keywordRange.lowerBound, keywordRange.upperBound) {
        var piece: [UInt8] = [32]
        if rng.chance(1) {
            piece += Array(stopWords[rng.below(stopWords.count)].utf8) + [32]
        }
        var w = styled(keywordWord(keyword(&rng)), &rng)
        if rng.chance(2) { w.insert(contentsOf: Array(accented[rng.below(accented.count)].utf8), at: 2) }
        piece += w
        if rng.chance(10) { piece += Array(",".utf8) }
        if line.count + piece.count > limit { break }
        line += piece
    }
    return line
}

/// The same words with different case and punctuation, so it scores exactly 1 against `entry`.
func restyled(_ entry: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var out: [UInt8] = []
    for c in entry {
        if c >= 97 && c <= 122 && rng.chance(10) {
            out.append(c - 32)
        } else if c >= 65 && c <= 90 && rng.chance(30) {
            out.append(c + 32)
        } else if c == 124 {  // "|" -> "/"
            out.append(47)
        } else {
            out.append(c)
        }
    }
    return out
}

var output: [UInt8] = []
output.reserveCapacity(n * 600 + q * 8)
output += Array("\(n)\n".utf8)
var entries: [[UInt8]] = []
for i in 0..<n {
    let entry: [UInt8]
    switch mode {
    case "long":
        entry = catalogueEntry(&rng, keywords: 100...140)
    case "remakes":
        if i > 0 && rng.chance(33) {
            entry = restyled(entries[rng.below(entries.count)], &rng)
        } else {
            entry = catalogueEntry(&rng, keywords: 4...12)
        }
    default:
        entry = catalogueEntry(&rng, keywords: 6...22)
    }
    precondition(entry.count <= 1000)
    entries.append(entry)
    output += entry
    output.append(10)
}
output += Array("\(q) \(k)\n".utf8)
for _ in 0..<q {
    output += Array("\(rng.range(1, n))\n".utf8)
}
output.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
        let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
    }
}
