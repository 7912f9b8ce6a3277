import Foundation

/// The classes of a JVM build that a launcher can start: those declaring `public static void main(String[])`,
/// read from the compiled `.class` files as DOMjudge's `DetectMain` reads them by reflection. A build with no
/// such class is a compile error there (its `java_javac_detect` compile script fails), so it is one in Panel.
enum JVMMainClass {
    /// The names (`Main`, `pkg.Main`, `Outer$Inner`) of the classes under `folder` that declare the entry
    /// method, sorted. Files that are not class files are ignored.
    static func candidates(in folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var names: [String] = []
        for case let file as URL in walker where file.pathExtension == "class" {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            if let name = declaringMain(Array(data)) { names.append(name) }
        }
        return names.sorted()
    }

    /// The class's name when the class file `bytes` declares `public static void main(String[])`; nil when
    /// it does not, or when `bytes` is not a class file this reader understands.
    static func declaringMain(_ bytes: [UInt8]) -> String? {
        var reader = ClassFileReader(bytes: bytes)
        return try? reader.mainDeclaringClass()
    }

    /// The method a launcher starts: its name, descriptor and the flags it must have (public, static).
    static let entryName = "main"
    static let entryDescriptor = "([Ljava/lang/String;)V"
    static let publicStatic: UInt16 = 0x0001 | 0x0008
}

/// A cursor over a class file (JVM specification, chapter 4), reading only what the main-class question needs.
private struct ClassFileReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    var offset = 0

    mutating func u1() throws(Truncated) -> UInt8 {
        guard offset < bytes.count else { throw Truncated() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u2() throws(Truncated) -> UInt16 {
        UInt16(try u1()) << 8 | UInt16(try u1())
    }

    mutating func u4() throws(Truncated) -> UInt32 {
        UInt32(try u2()) << 16 | UInt32(try u2())
    }

    mutating func skip(_ count: Int) throws(Truncated) {
        guard offset + count <= bytes.count else { throw Truncated() }
        offset += count
    }

    mutating func mainDeclaringClass() throws(Truncated) -> String? {
        guard try u4() == 0xCAFE_BABE else { return nil }
        try skip(4)  // minor and major version
        // The constant pool: Utf8 texts and Class entries (which name a Utf8) are kept, the rest skipped.
        let count = Int(try u2())
        var texts: [Int: String] = [:]
        var classes: [Int: Int] = [:]
        var index = 1
        while index < count {
            let tag = try u1()
            switch tag {
            case 1:
                let length = Int(try u2())
                try skip(length)
                texts[index] = String(decoding: bytes[(offset - length)..<offset], as: UTF8.self)
            case 7: classes[index] = Int(try u2())
            case 8, 16, 19, 20: try skip(2)
            case 15: try skip(3)
            case 3, 4, 9, 10, 11, 12, 17, 18: try skip(4)
            case 5, 6:
                try skip(8)
                index += 1  // a long or double takes two entries
            default: return nil
            }
            index += 1
        }
        try skip(2)  // access flags
        let this = Int(try u2())
        try skip(2)  // super class
        try skip(2 * Int(try u2()))  // interfaces
        try skipMembers()  // fields
        let methods = Int(try u2())
        var declares = false
        for _ in 0..<methods {
            let flags = try u2()
            let name = texts[Int(try u2())]
            let descriptor = texts[Int(try u2())]
            try skipAttributes()
            if name == JVMMainClass.entryName, descriptor == JVMMainClass.entryDescriptor,
                flags & JVMMainClass.publicStatic == JVMMainClass.publicStatic
            {
                declares = true
            }
        }
        guard declares, let nameIndex = classes[this], let name = texts[nameIndex] else { return nil }
        return name.replacingOccurrences(of: "/", with: ".")
    }

    mutating func skipMembers() throws(Truncated) {
        for _ in 0..<Int(try u2()) {
            try skip(6)  // access flags, name, descriptor
            try skipAttributes()
        }
    }

    mutating func skipAttributes() throws(Truncated) {
        for _ in 0..<Int(try u2()) {
            try skip(2)
            try skip(Int(try u4()))
        }
    }
}
