import CDigest
import Testing

@testable import PanelCore

/// Bytes that are not all alike, so a block processed twice or out of order changes the digest.
private let varied: [UInt8] = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 * 31 + 7) }
private let variedDigest = "470b2cd71bff57ce8be0be3fc23df273052c4bb10a1235fddb8f158d6f928546"

@Suite("SHA256")
struct SHA256Tests {
    /// FIPS 180-2 appendix B and the NIST example vectors.
    static let vectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ]

    @Test("matches the FIPS test vectors", arguments: vectors)
    func vector(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test("one million 'a'")
    func millionA() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == digest)
    }

    /// Runs of 'a' whose padding falls on either side of a block boundary (55 is the last length with one block).
    static let boundaries: [(length: Int, digest: String)] = [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ]

    @Test("pads correctly around block boundaries", arguments: boundaries)
    func boundary(length: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: length)) == digest)
    }

    @Test("feeding bytes in chunks gives the same digest as all at once", arguments: [1, 63, 64, 65, 1000, 9999])
    func chunked(size: Int) {
        #expect(SHA256.hex(varied) == variedDigest)
        var digest = SHA256()
        var start = 0
        while start < varied.count {
            let end = min(start + size, varied.count)
            digest.update(varied[start..<end])
            start = end
        }
        #expect(digest.hexDigest() == variedDigest)
    }

    @Test("empty updates change nothing")
    func emptyUpdates() {
        var digest = SHA256()
        digest.update([UInt8]())
        digest.update(Array("ab".utf8))
        digest.update([UInt8]())
        digest.update(Array("c".utf8))
        #expect(digest.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("digests are 64 lowercase hex digits")
    func format() {
        let digest = SHA256.hex(varied.prefix(3))
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
    }

    /// The CPU's SHA instructions and the portable C give the same state, block after block, from states that
    /// are not the initial one. The vectors above pass through whichever this machine uses.
    @Test("the hardware path agrees with the portable one")
    func hardwareAgreesWithPortable() {
        var generator = SystemRandomNumberGenerator()
        for blocks in [1, 2, 3, 7, 64] {
            for _ in 0..<50 {
                let data = (0..<(64 * blocks)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                let start = (0..<8).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) }
                var chosen = start
                var portable = start
                data.withUnsafeBufferPointer { bytes in
                    panel_sha256_blocks(&chosen, bytes.baseAddress, blocks)
                    panel_sha256_blocks_portable(&portable, bytes.baseAddress, blocks)
                }
                #expect(chosen == portable, "\(blocks) blocks from \(start)")
            }
        }
    }
}
