import CDigest

/// SHA-256 (FIPS 180-4), for cache keys and cache integrity checks. Foundation on Linux has no digest API.
struct SHA256 {
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var pending: [UInt8] = []
    private var totalBytes: UInt64 = 0

    /// Adds bytes to the digest.
    mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        totalBytes &+= UInt64(bytes.count)
        let handled: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            absorb(buffer)
            return true
        }
        if handled == nil { Array(bytes).withUnsafeBufferPointer { absorb($0) } }
    }

    /// Hashes whole blocks straight from `buffer`; only a partial block is kept in `pending`.
    private mutating func absorb(_ buffer: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        if !pending.isEmpty {
            let needed = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<needed])
            offset = needed
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBufferPointer { compress($0, 0, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (buffer.count - offset) / 64
        compress(buffer, offset, blocks: blocks)
        offset += blocks * 64
        pending.append(contentsOf: buffer[offset...])
    }

    /// Finishes and returns the digest as 64 lowercase hex digits.
    mutating func hexDigest() -> String {
        let bitLength = totalBytes &* 8
        var tail: [UInt8] = [0x80]
        while (pending.count + tail.count) % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> shift)) }
        tail.withUnsafeBufferPointer { absorb($0) }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { hex.append(digits[Int((word >> UInt32(shift)) & 0xf)]) }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The hex digest of `bytes`.
    static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digest = SHA256()
        digest.update(bytes)
        return digest.hexDigest()
    }

    /// Runs the compression function over `blocks` whole blocks at `offset` (`CDigest`: the CPU's SHA
    /// instructions where it has them).
    private mutating func compress(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: Int, blocks: Int) {
        guard blocks > 0, let base = buffer.baseAddress else { return }
        state.withUnsafeMutableBufferPointer { panel_sha256_blocks($0.baseAddress, base + offset, blocks) }
    }
}
